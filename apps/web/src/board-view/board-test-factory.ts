export { aTask, idsOf } from '../testing/factories';
