import { rowLayout } from '../../server/answers/layout';
import {
  DAYS_BIN_UPPER,
  DISPUTE_CATEGORIES,
  EVENT_CATEGORIES,
  TRAINING_COURSES,
  WELFARE_POST_TYPES,
} from './categories';

/**
 * Layout of one grid-month record (an Int32Array row): the answer layer's region-month layout
 * (server/answers/layout.ts) for the generator's code lists, so rows go to it as they are. Any
 * region's row = the sum of its grids' rows, which is what makes every total add up.
 */
export const LAYOUT = rowLayout({
  eventCategories: EVENT_CATEGORIES.length,
  disputeCategories: DISPUTE_CATEGORIES.length,
  welfarePostTypes: WELFARE_POST_TYPES.length,
  trainingCourses: TRAINING_COURSES.length,
  daysBins: DAYS_BIN_UPPER.length,
});

export const F = LAYOUT.F;

/** Values per grid-month row. */
export const ROW = LAYOUT.ROW;
