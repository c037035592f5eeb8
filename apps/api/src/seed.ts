import type { INestApplicationContext } from '@nestjs/common';
import { DemoActionsSeeder } from '@marac/actions';
import { DemoCasesSeeder } from '@marac/cases';
import { SeedService } from '@marac/identity';
import { DemoMeetingsSeeder } from '@marac/meetings';

/** Start-up data, in order: the bootstrap ADMIN, then (when enabled) the demo area, its cases, a meeting and actions. Idempotent. */
export async function seed(app: INestApplicationContext): Promise<void> {
  await app.get(SeedService).run();
  await app.get(DemoCasesSeeder).run();
  await app.get(DemoMeetingsSeeder).run();
  await app.get(DemoActionsSeeder).run();
}
