import { Module } from '@nestjs/common';
import { IdentityModule } from '@marac/identity';
import { MetricsResolver } from './metrics.resolver.js';
import { MetricsService } from './metrics.service.js';

@Module({
  imports: [IdentityModule],
  providers: [MetricsService, MetricsResolver],
  exports: [MetricsService],
})
export class MetricsModule {}
