import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@marac/core';
import { PanelService } from '@marac/identity';
import { OutboxService, type Message } from '@marac/notifications';

/**
 * The e-mails about a meeting to its panel's reps (publication, a new time, a cancellation), written to the outbox in
 * the change's transaction. They carry the panel's name, dates and a link only, never anything about a case.
 */
@Injectable()
export class MeetingNoticeService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly panels: PanelService,
  ) {}

  async tellReps(
    txCtx: RequestContext,
    meeting: { id: string; panelId: string },
    kind: string,
    message: (facts: { panelName: string; link: string }) => Message,
  ): Promise<void> {
    const panel = await this.panels.byId(txCtx, meeting.panelId);
    await this.outbox.enqueue(
      txCtx,
      kind,
      message({ panelName: panel?.name ?? '', link: this.outbox.link(`/meetings/${meeting.id}`) }),
      { panelReps: { panelId: meeting.panelId } },
    );
  }
}
