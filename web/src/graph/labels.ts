// Canvas label drawing with a white halo so labels stay readable over edges; CJK-capable font stack.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttrs, GraphAttrs, NodeAttrs } from '../../../src/model.ts';

export const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

export const drawHaloLabel: NodeLabelDrawingFunction<NodeAttrs, EdgeAttrs, GraphAttrs> = (context, data, settings: Settings<NodeAttrs, EdgeAttrs, GraphAttrs>) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  context.lineWidth = 3;
  context.lineJoin = 'round';
  context.strokeStyle = 'rgba(255,255,255,0.9)';
  context.strokeText(data.label, x, y);
  context.fillStyle = '#1f2328';
  context.fillText(data.label, x, y);
};
