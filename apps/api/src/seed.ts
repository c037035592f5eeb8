import type { INestApplicationContext } from '@nestjs/common';
import { DemoActionsSeeder } from '@marac/actions';
import { DemoCasesSeeder } from '@marac/cases';
import { SeedService } from '@marac/identity';
import { DemoMeetingsSeeder } from '@marac/meetings';
import { seedDemoHistory } from './demo-history.js';

/** Start-up data, in order: the bootstrap ADMIN, then (when enabled) the demo area, current cases, a meeting, actions and two years of MARAC history. Idempotent. */
export async function seed(app: INestApplicationContext): Promise<void> {
  await app.get(SeedService).run();
  await app.get(DemoCasesSeeder).run();
  await app.get(DemoMeetingsSeeder).run();
  await app.get(DemoActionsSeeder).run();
  await seedDemoHistory(app);
}
