import type { CodeName } from '@/api/meta';

/** Event categories (活动类别) with stable ascii codes. */
export const EVENT_CATEGORIES: readonly CodeName[] = [
  { code: 'education', name: '宣传教育' },
  { code: 'culture', name: '文化活动' },
  { code: 'law', name: '法治宣传' },
  { code: 'volunteer', name: '志愿服务' },
  { code: 'party', name: '党建活动' },
  { code: 'skills', name: '技能培训' },
];

/** Dispute categories (纠纷类别). */
export const DISPUTE_CATEGORIES: readonly CodeName[] = [
  { code: 'neighbour', name: '邻里纠纷' },
  { code: 'family', name: '婚姻家庭纠纷' },
  { code: 'land', name: '土地山林纠纷' },
  { code: 'labour', name: '劳资纠纷' },
  { code: 'property', name: '物业纠纷' },
  { code: 'other', name: '其他纠纷' },
];

/** Public-welfare post types (公益性岗位). */
export const WELFARE_POST_TYPES: readonly CodeName[] = [
  { code: 'cleaning', name: '保洁' },
  { code: 'patrol', name: '治安巡逻' },
  { code: 'forest', name: '生态护林' },
  { code: 'service', name: '便民服务' },
  { code: 'elderly', name: '养老护理' },
  { code: 'road', name: '道路养护' },
];

/** Skills-training courses (技能培训). */
export const TRAINING_COURSES: readonly CodeName[] = [
  { code: 'housekeeping', name: '家政服务' },
  { code: 'ecommerce', name: '电子商务' },
  { code: 'embroidery', name: '刺绣' },
  { code: 'catering', name: '餐饮' },
  { code: 'electrician', name: '电工' },
  { code: 'farming', name: '种植养殖' },
];

/** Days-to-resolve histogram: inclusive upper bound of each bin (the last bin is open-ended, capped here). */
export const DAYS_BIN_UPPER: readonly number[] = [1, 3, 7, 15, 30, 60, 120];
