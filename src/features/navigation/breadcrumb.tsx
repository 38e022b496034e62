import type { Region } from '@/api/region';
import './navigation.css';

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
  const trail = [...region.ancestors, { code: region.code, name: region.name, level: region.level }];
  return (
    <nav aria-label="区划层级" className="breadcrumb">
      <ol>
        {trail.map((r, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={r.code}>
              {last ? (
                <span aria-current="page">{r.name}</span>
              ) : (
                <a
                  href={hrefFor(r.code)}
                  onClick={(e) => {
                    e.preventDefault();
                    onNavigate(r.code);
                  }}
                >
                  {r.name}
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
