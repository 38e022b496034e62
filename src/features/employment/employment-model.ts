/** Destinations in the order they are drawn, with their Chinese labels. */
export const DESTINATIONS = [
  { key: 'outOfProvince', label: '省外' },
  { key: 'inProvince', label: '省内县外' },
  { key: 'inCounty', label: '县内' },
] as const;
