// @vitest-environment node
// Pure functions: no DOM needed.
import { describe, expect, it } from 'vitest';
import { EthnicSchema, type Ethnic } from '@/api/indicators';
import { testMeta } from '@/testing/render';
import { relocationCommunity, smallGrid } from '@/testing/fixtures/ethnic';
import { hiddenGroupsNote, MAX_SLICES, OTHER_MINORITIES, toEthnicView } from './ethnic-view';

function withGroups(groups: [string, number][], residents: number): Ethnic {
  const minority = groups.filter(([c]) => c !== '01').reduce((s, [, n]) => s + n, 0);
  return EthnicSchema.parse({
    ...relocationCommunity,
    residents,
    breakdown: {
      minority,
      minorityShare: { numerator: minority, denominator: residents, value: minority / residents },
      groupsPresent: groups.length,
      diversityIndex: 0.5,
      groups: groups.map(([code, count]) => ({ code, count })),
    },
  });
}

function breakdown(data: Ethnic) {
  const view = toEthnicView(data, testMeta);
  if (view.kind !== 'breakdown') throw new Error('expected a breakdown');
  return view;
}

describe('toEthnicView', () => {
  it('fixtures parse with the contract', () => {
    expect(() => EthnicSchema.parse(relocationCommunity)).not.toThrow();
    expect(() => EthnicSchema.parse(smallGrid)).not.toThrow();
  });

  it('draws 汉 first, then minorities largest first, with names from meta', () => {
    const view = breakdown(relocationCommunity);
    expect(view.slices.map((s) => [s.name, s.count])).toEqual([
      ['汉族', 640],
      ['苗族', 600],
      ['布依族', 400],
      ['水族', 150],
      ['土家族', 60],
      ['彝族', 20],
      // A single small group is shown by name rather than folded alone.
      ['回族', 8],
    ]);
  });

  it('never draws withheld groups and notes them instead', () => {
    const view = breakdown(relocationCommunity);
    expect(view.slices.flatMap((s) => s.codes)).not.toContain('08');
    expect(view.slices.flatMap((s) => s.codes)).not.toContain('02');
    expect(view.hidden.map((h) => [h.name, h.label])).toEqual([
      ['壮族', '<5'],
      ['蒙古族', '不公开'],
    ]);
    expect(hiddenGroupsNote(view.hidden)).toBe(
      '另有 2 个民族人数按隐私规则未公开（<5：1 个，不公开：1 个），未在图中显示',
    );
  });

  it('folds small minority groups into 其他少数民族 and keeps at most 7 slices', () => {
    const data = withGroups(
      [
        ['01', 5000],
        ['06', 900],
        ['09', 700],
        ['18', 500],
        ['15', 400],
        ['07', 300],
        ['03', 200],
        ['08', 150],
        ['02', 40],
        ['05', 30],
      ],
      8220,
    );
    const view = breakdown(data);
    expect(view.slices).toHaveLength(MAX_SLICES);
    const fold = view.slices.at(-1);
    expect(fold?.name).toBe(OTHER_MINORITIES);
    // 回 and 壮 are above 1 % but there is no room; 蒙古 and 维吾尔 are under 1 %.
    expect(fold?.members).toEqual(['回族', '壮族', '蒙古族', '维吾尔族']);
    expect(fold?.count).toBe(420);
    expect(view.slices.reduce((s, x) => s + x.count, 0)).toBe(8220);
  });

  it('treats a published count of 1–4 as <5 and hides one more group so it cannot be worked back', () => {
    const view = breakdown(
      withGroups(
        [
          ['01', 500],
          ['06', 300],
          ['09', 40],
          ['03', 3],
        ],
        843,
      ),
    );
    expect(view.slices.map((s) => s.name)).toEqual(['汉族', '苗族']);
    expect(view.hidden.map((h) => [h.name, h.label])).toEqual([
      ['布依族', '不公开'],
      ['回族', '<5'],
    ]);
  });

  it('hides 汉族 too when it is the only other group, so residents − 汉族 gives nothing away', () => {
    const view = breakdown(
      withGroups(
        [
          ['01', 57],
          ['06', 3],
        ],
        60,
      ),
    );
    expect(view.slices).toEqual([]);
    expect(view.hidden.map((h) => [h.name, h.label])).toEqual([
      ['汉族', '不公开'],
      ['苗族', '<5'],
    ]);
  });

  it('withholds the diversity index when the hidden groups are 1 % of residents or more', () => {
    // 120 residents: 苗族 3 (<5) and 彝族 6 (hidden with it) are 7.5 % of residents. Knowing the
    // visible shares, 1 − Σpᵢ² and the hidden total would give both counts back.
    const small = breakdown(
      withGroups(
        [
          ['01', 90],
          ['09', 21],
          ['06', 3],
          ['18', 6],
        ],
        120,
      ),
    );
    expect(small.hidden).toHaveLength(2);
    expect(small.diversityIndex).toEqual({ suppressed: true, reason: 'complementary' });

    // The relocation community: 3 of 1,881 residents hidden (0.16 %), the index stays.
    expect(breakdown(relocationCommunity).diversityIndex).toBe(0.7297);
    // Nothing hidden: the index stays, whatever the unit's size.
    expect(
      breakdown(
        withGroups(
          [
            ['01', 40],
            ['09', 20],
          ],
          60,
        ),
      ).diversityIndex,
    ).toBe(0.5);
  });

  it('withholds the breakdown of a unit under 50 residents', () => {
    expect(toEthnicView(smallGrid, testMeta)).toEqual({
      kind: 'withheld',
      residents: 36,
      message: '该单位常住人口不足 50 人，不公开民族构成',
    });
    // …even when a server sends one anyway.
    const leaked = withGroups(
      [
        ['01', 30],
        ['06', 10],
      ],
      40,
    );
    expect(toEthnicView(leaked, testMeta).kind).toBe('withheld');
  });
});
