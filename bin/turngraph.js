#!/usr/bin/env node
// turngraph command-line entry point.
// Runs the TypeScript CLI through tsx so `npx turngraph` works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
