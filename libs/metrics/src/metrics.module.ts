import { Module } from '@nestjs/common';
import { IdentityModule } from '@marac/identity';
import { MetricsResolver } from './metrics.resolver.js';
import { MetricsRepository } from './metrics.repository.js';
import { MetricsService } from './metrics.service.js';
import { SafeLivesReturnController } from './safelives-return.controller.js';

@Module({
  imports: [IdentityModule],
  controllers: [SafeLivesReturnController],
  providers: [MetricsRepository, MetricsService, MetricsResolver],
  exports: [MetricsService],
})
export class MetricsModule {}
