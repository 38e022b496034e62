import type { Region } from '@/api/region';
import './navigation.css';
import { displayName, type NamedRegion } from '@/lib/region-name';

/** The official name as a hover title, where the crumb shows a shorter one. */
function officialTitle(r: NamedRegion): string | undefined {
  return displayName(r) === r.name ? undefined : r.name;
}

/**
 * The path from the top to the current region; every ancestor is a link that goes up. Below
 * the top it also says which key goes up one level (the dashboard listens for Backspace).
 */
export function Breadcrumb({
  region,
  onNavigate,
  hrefFor,
}: {
  region: Region;
  onNavigate(code: string): void;
  hrefFor(code: string): string;
}) {
  const trail = [...region.ancestors, region];
  return (
    <nav aria-label="区划层级" className="breadcrumb">
      <ol>
        {trail.map((r, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={r.code}>
              {last ? (
                <span aria-current="page" title={officialTitle(r)}>
                  {displayName(r)}
                </span>
              ) : (
                <a
                  href={hrefFor(r.code)}
                  title={officialTitle(r)}
                  onClick={(e) => {
                    e.preventDefault();
                    onNavigate(r.code);
                  }}
                >
                  {displayName(r)}
                </a>
              )}
            </li>
          );
        })}
      </ol>
      {region.ancestors.length > 0 && (
        <span className="breadcrumb__hint">
          <kbd>Backspace</kbd> 返回上级
        </span>
      )}
    </nav>
  );
}
