export * from './metrics.module.js';
export * from './metrics.service.js';
export * from './periods.js';
export * from './suppression.js';
export * from './range-checks.js';
export * from './models/metrics.model.js';
export * from './dto/metrics.inputs.js';
