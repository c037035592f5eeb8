import { Module } from '@nestjs/common';
import { IdentityModule } from '@marac/identity';
import { MetricsResolver } from './metrics.resolver.js';
import { MetricsRepository } from './metrics.repository.js';
import { MetricsService } from './metrics.service.js';

@Module({
  imports: [IdentityModule],
  providers: [MetricsRepository, MetricsService, MetricsResolver],
  exports: [MetricsService],
})
export class MetricsModule {}
