// Tests for src/build/pool.ts ExtractorThread's tagger line: the thread tags Chinese text with the main thread's
// tagger (loaded there while the thread loads the lexicon), and extracts exactly what an inline run extracts; a main
// thread with no tagger to give leaves the thread to load its own, with the same result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobRunner, type ExtractJob, type JobEnvironment } from '../../src/build/job.ts';
import { ExtractorThread } from '../../src/build/pool.ts';

const CHINESE = `# 对话澜舟科技：小模型也能做大事

主持人：欢迎收听《科技早知道》，我是主持人林晓。今天的嘉宾是澜舟科技创始人周明。

周明：谢谢邀请。我们在北京成立了澜舟科技，去年和华为云签了合作协议，主要做面向金融行业的轻量化模型。

林晓：你们怎么看OpenAI发布的o3？

周明：o3在FrontierMath上的成绩很惊人，但对企业客户来说，成本和部署才是关键。我们的孟子模型在招商银行已经上线了。
`;

const ENGLISH = `Host: Welcome back. I'm Dana Reyes, and my guest is Omar Haddad, who founded Lumen Freight in Rotterdam.

Omar Haddad: Thanks, Dana. We started Lumen Freight in 2019 and partnered with Maersk last year.
`;

describe('ExtractorThread', () => {
  let dir: string;
  let env: JobEnvironment;
  const job = (name: string, text: string, index = 0): ExtractJob => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return { index, path, id: name.replace(/\.md$/, '') };
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'turngraph-thread-'));
    env = { lexiconFiles: [], cache: null };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("tags a Chinese transcript with the main thread's tagger and extracts what an inline run extracts", async () => {
    const chinese = job('chinese.md', CHINESE);
    const thread = new ExtractorThread(env);
    try {
      const result = await thread.run(chinese);
      expect(thread.tagged).toBeGreaterThan(0);
      const inline = new JobRunner(env).run(chinese);
      expect(JSON.stringify(result.contribution)).toBe(JSON.stringify(inline.contribution));
      const labels = result.contribution!.entities.map((entity) => entity.label);
      expect(labels).toEqual(expect.arrayContaining(['澜舟科技', 'China Merchants Bank', 'OpenAI', 'FrontierMath']));
    } finally {
      thread.close();
    }
  }, 120_000);

  it('asks nothing for English text', async () => {
    const thread = new ExtractorThread(env);
    try {
      const result = await thread.run(job('english.md', ENGLISH));
      expect(thread.tagged).toBe(0);
      expect(result.contribution!.entities.map((entity) => entity.label)).toContain('Lumen Freight');
    } finally {
      thread.close();
    }
  }, 120_000);

  it('loads its own tagger when the main thread has none to give, with the same result', async () => {
    const chinese = job('chinese-alone.md', CHINESE);
    const thread = new ExtractorThread(env, {
      loadMainTagger: () => {
        throw new Error('no tagger here');
      },
    });
    try {
      const result = await thread.run(chinese);
      expect(thread.tagged).toBe(0);
      const inline = new JobRunner(env).run(chinese);
      expect(JSON.stringify(result.contribution)).toBe(JSON.stringify(inline.contribution));
      expect(result.contribution!.entities.map((entity) => entity.label)).toContain('China Merchants Bank');
    } finally {
      thread.close();
    }
  }, 120_000);
});
