import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditSealer } from '@marac/audit';
import { DispatcherService } from './dispatcher.service.js';

/**
 * The audit sealer on the dispatcher's tick (owned by the audit helper): wherever the dispatcher runs (apps/worker,
 * or the API process when WORKER=inline), every tick first chains the audit events committed since the last one.
 * Several processes may tick: the sealer lets one seal at a time and the others skip. The job never throws, so the
 * outbox is delivered whatever happens to the sealer.
 */
@Injectable()
export class AuditSealTick implements OnModuleInit {
  constructor(
    private readonly dispatcher: DispatcherService,
    private readonly sealer: AuditSealer,
  ) {}

  onModuleInit(): void {
    this.dispatcher.onTick(() => this.sealer.tick());
  }
}
