/**
 * Official region names and the names screens show (docs/api.md, "Names").
 *
 * The statistical division code list names the body that runs a place: 红土田社区居民委员会,
 * 狮高村民委员会, 团结街道办事处, 团结镇人民政府. Tables and exports keep that official name; maps,
 * rankings, chart axes, titles and breadcrumbs show the short form people use (红土田社区, 狮高村,
 * 团结街道, 团结镇) — with the official names 0 of a town's 30 communities fitted a label on its map.
 * One home for the rule: the client, the mock and the boundary import all use this module.
 */

/**
 * Suffix rules, first match wins. The short form of a residents' committee is its 社区 (the
 * community the committee serves), of a villagers' committee its 村, of a street office its 街道,
 * of a town or township government the 镇/乡 itself.
 *
 * An ethnic township keeps its name (东坡傣族乡, not 东坡乡): the name is its legal status, and
 * the people it names are what this dashboard is about. A back end that wants 东坡乡 on screen
 * sends it as `shortName`.
 */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/社区居民委员会$/, '社区'],
  [/社区居委会$/, '社区'],
  [/居民委员会$/, '社区'],
  [/居委会$/, '社区'],
  [/村民委员会$/, '村'],
  [/村委会$/, '村'],
  [/街道办事处$/, '街道'],
  [/管理委员会$/, '管委会'],
  [/(镇|乡)人民政府$/, '$1'],
];

/** At least two characters: a one-character name (村, 镇) says nothing on a map. */
const MIN_LENGTH = 2;

/**
 * The short form of an official name: 红土田社区居民委员会 → 红土田社区, 狮高村民委员会 → 狮高村,
 * 大坪村村民委员会 → 大坪村, 城关居民委员会 → 城关社区, 团结街道办事处 → 团结街道, 团结镇人民政府 →
 * 团结镇. A name without such a suffix, or whose short form would be shorter
 * than two characters, stays as it is.
 */
export function shortRegionName(official: string): string {
  const name = official.trim();
  for (const [pattern, replacement] of RULES) {
    if (!pattern.test(name)) continue;
    // 大坪村村民委员会 and 月湖社区社区居委会: the place's own name already ends in the suffix.
    const short = name.replace(pattern, replacement).replace(/(村|社区)\1$/, '$1');
    const place = short.replace(/(社区|村|街道|管委会|镇|乡|县)$/, '');
    return place.length > 0 && [...short].length >= MIN_LENGTH ? short : name;
  }
  return name;
}

/** What a region node carries: the official name, and the API's optional display name. */
export interface NamedRegion {
  name: string;
  shortName?: string | undefined;
}

/**
 * The name screens show: the API's `shortName` when it sends one, else the short form derived
 * from the official name. Tables, exports and tooltips show `name` itself.
 */
export function displayName(region: NamedRegion): string {
  const given = region.shortName?.trim();
  if (given) return given;
  return shortRegionName(region.name);
}
