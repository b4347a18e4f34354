// What to say on the phone: one template (content/phone-script.yaml) with the carrier's own name
// filled in, so every guide's script is the same tested text.
import { fill } from '../../i18n/format.ts';
import type { Carrier, PhoneScriptTemplate, ScriptLine } from '../../schemas/index.ts';

export type { ScriptLine };

export interface PhoneScript {
  keep: ScriptLine[];
  cancel: ScriptLine[];
  common: ScriptLine[];
  agentAsks: ScriptLine[];
  /** Asking to suspend instead of cancel; empty where the carrier offers no pause. */
  pause: ScriptLine[];
}

export function hasPhoneChannel(carrier: Carrier): boolean {
  return carrier.contacts.phones.length > 0 || carrier.contacts.dialCodes.length > 0;
}

export function phoneScript(carrier: Carrier, template: PhoneScriptTemplate): PhoneScript {
  const vars = { carrier: carrier.name };
  const lines = (list: readonly ScriptLine[]) => list.map((l) => ({ en: fill(l.en, vars), zh: fill(l.zh, vars) }));
  const offersPause = carrier.pause.available === 'everyone' || carrier.pause.available === 'limited';
  return {
    keep: lines(template.keep),
    cancel: lines(template.cancel),
    common: lines(template.common),
    agentAsks: lines(template.agentAsks),
    pause: offersPause ? lines(template.pause) : [],
  };
}
