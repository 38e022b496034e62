import { describe, expect, it } from 'vitest';
import { displayName, shortRegionName } from './region-name';

describe('shortRegionName', () => {
  it('shortens the committee and office names of the statistical division code list', () => {
    // Names as the code list writes them (Yunnan and Guizhou villages and communities).
    expect(shortRegionName('红土田社区居民委员会')).toBe('红土田社区');
    expect(shortRegionName('狮高村民委员会')).toBe('狮高村');
    expect(shortRegionName('大坪村村民委员会')).toBe('大坪村');
    expect(shortRegionName('城关居民委员会')).toBe('城关社区');
    expect(shortRegionName('象山社区居委会')).toBe('象山社区');
    expect(shortRegionName('曼短村委会')).toBe('曼短村');
    expect(shortRegionName('允景洪街道办事处')).toBe('允景洪街道');
    expect(shortRegionName('勐海镇人民政府')).toBe('勐海镇');
    expect(shortRegionName('勐宋乡人民政府')).toBe('勐宋乡');
    expect(shortRegionName('景洪工业园区管理委员会')).toBe('景洪工业园区管委会');
  });

  it('leaves names that are already short, and ethnic townships, as they are', () => {
    for (const name of ['红土田社区', '狮高村', '团结镇', '西定哈尼族布朗族乡', '东坡傣族乡', '第三网格', '勐海县']) {
      expect(shortRegionName(name)).toBe(name);
    }
  });

  it('never derives an empty or one-character name', () => {
    expect(shortRegionName('村民委员会')).toBe('村民委员会');
    expect(shortRegionName('社区居民委员会')).toBe('社区居民委员会');
    expect(shortRegionName('居委会')).toBe('居委会');
    expect(shortRegionName('镇人民政府')).toBe('镇人民政府');
    expect(shortRegionName('新村民委员会')).toBe('新村');
    expect(shortRegionName('  狮高村民委员会 ')).toBe('狮高村');
  });
});

describe('displayName', () => {
  it('prefers the API’s shortName, else derives one from the official name', () => {
    expect(displayName({ name: '东坡傣族乡', shortName: '东坡乡' })).toBe('东坡乡');
    expect(displayName({ name: '红土田社区居民委员会' })).toBe('红土田社区');
    expect(displayName({ name: '红土田社区居民委员会', shortName: '  ' })).toBe('红土田社区');
    expect(displayName({ name: '团结镇', shortName: undefined })).toBe('团结镇');
  });
});
