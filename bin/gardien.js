#!/usr/bin/env node
// Entry point for `npx gardien`: the CLI lives in src/main.ts (run by Node 24 type stripping).
import '../src/main.ts';
