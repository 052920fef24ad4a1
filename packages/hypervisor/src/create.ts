// The one way clients make a domain: the mode picks the class.
import type { Image } from '@pvm/image';
import { Domain, type DomainOptions } from './domain.ts';
import { PvDomain } from './pv/domain.ts';
import { HvmDomain } from './hvm.ts';
import { TrapDomain } from './trap.ts';

export function createDomain(image: Image, opts: DomainOptions): Domain {
  switch (opts.mode) {
    case 'pv':
      return new PvDomain(image, opts);
    case 'trap':
      return new TrapDomain(image, opts);
    case 'hvm':
      return new HvmDomain(image, opts);
    case 'native':
      return new Domain(image, 'native', opts);
  }
}
