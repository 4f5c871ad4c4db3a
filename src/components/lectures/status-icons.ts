/** Outline icons (24×24, stroked) for the lecture status, shared by the build and the refresh script. */
import type { LecturePhase } from '../../lib/lectures/status.ts';

const ring = 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0';

export const statusIcons: Record<LecturePhase, string> = {
  upcoming: `${ring}M12 7v5l3 2`,
  live: `${ring}M9 12a3 3 0 1 0 6 0a3 3 0 1 0-6 0`,
  ended: `${ring}M8 12l3 3l5-6`,
  replay: `${ring}M10 8l6 4l-6 4z`,
  cancelled: `${ring}M9 9l6 6M15 9l-6 6`,
};
