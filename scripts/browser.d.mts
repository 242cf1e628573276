import type { LaunchOptions } from '@playwright/test';
export function chromiumPath(): string | undefined;
export function launchOptions(): LaunchOptions;
