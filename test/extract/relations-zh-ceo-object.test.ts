// A CEO title after an organisation names its chief only when nothing in between makes the CEO the object of a verb.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('relations: 把/被 between an organisation and a CEO', () => {
  it('"Google花了24亿美元把CEO X挖走了": X is no CEO of Google', () => {
    const lines = relationsOf('**主持人：** 而Windsurf那边，Google花了24亿美元把CEO Varun Mohan和核心团队挖走了。');
    expect(lines).not.toContain('Varun Mohan -CEO_OF-> Google');
  });

  it('the title right after the organisation still names its CEO', () => {
    expect(relationsOf('**主持人：** OpenAI首席执行官Sam Altman说，Runway 的首席执行官兼联合创始人 Cristóbal Valenzuela也来了。'))
      .toEqual(expect.arrayContaining(['Sam Altman -CEO_OF-> OpenAI', 'Cristóbal Valenzuela -CEO_OF-> Runway']));
  });
});
