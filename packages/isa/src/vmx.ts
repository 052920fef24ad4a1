// Hardware-assisted virtualization as Intel VT-x has it: the basic exit reasons pvm's `hvm` mode
// reports (Intel SDM Vol. 3, Appendix C, "VMX Basic Exit Reasons"; the same numbers as Xen's
// EXIT_REASON_* in xen/arch/x86/include/asm/hvm/vmx/vmx.h) and the VM-execution controls it
// models (SDM Vol. 3, "VM-Execution Control Fields"; Xen's asm/hvm/vmx/vmcs.h names them).

export interface ExitReason {
  readonly name: string;
  readonly value: number;
  readonly doc: string;
}

export const EXIT_REASONS: readonly ExitReason[] = Object.freeze([
  { name: 'EXTERNAL_INTERRUPT', value: 1, doc: 'a device interrupt arrived while the guest ran (external-interrupt exiting)' },
  { name: 'INTERRUPT_WINDOW', value: 7, doc: 'the guest can take interrupts again, so one the hypervisor holds can be injected (interrupt-window exiting)' },
  { name: 'HLT', value: 12, doc: 'the guest executed hlt (HLT exiting)' },
  { name: 'VMCALL', value: 18, doc: 'the guest called the hypervisor (hcall is vmcall in this mode)' },
  { name: 'IO_INSTRUCTION', value: 30, doc: 'in or out on a port the I/O bitmap marks; the exit qualification gives port, size and direction' },
  { name: 'EPT_VIOLATION', value: 48, doc: 'a guest-physical address the second-level (EPT) table does not map: with nested paging, a page table or page outside the domain' },
]);

export const EXIT_REASON_NAME: ReadonlyMap<number, string> = new Map(EXIT_REASONS.map((r) => [r.value, r.name]));

const reason = (name: string): number => EXIT_REASONS.find((r) => r.name === name)!.value;
export const EXIT_REASON_EXTERNAL_INTERRUPT = reason('EXTERNAL_INTERRUPT');
export const EXIT_REASON_INTERRUPT_WINDOW = reason('INTERRUPT_WINDOW');
export const EXIT_REASON_HLT = reason('HLT');
export const EXIT_REASON_VMCALL = reason('VMCALL');
export const EXIT_REASON_IO_INSTRUCTION = reason('IO_INSTRUCTION');
export const EXIT_REASON_EPT_VIOLATION = reason('EPT_VIOLATION');

/** The on/off VM-execution controls of `--vmcs NAME=on|off`, with the SDM's name for each. */
export interface VmcsControlSpec {
  readonly name: string;
  readonly sdm: string;
  readonly doc: string;
}

export const VMCS_SWITCHES: readonly VmcsControlSpec[] = Object.freeze([
  { name: 'hlt-exiting', sdm: 'HLT exiting (primary processor-based control, bit 7)', doc: 'hlt exits to the hypervisor, which idles the vCPU until an interrupt' },
  { name: 'ext-int-exiting', sdm: 'external-interrupt exiting (pin-based control, bit 0)', doc: 'device interrupts exit; the hypervisor injects them into the guest (off: they go straight through the guest vector table)' },
  { name: 'int-window-exiting', sdm: 'interrupt-window exiting (primary processor-based control, bit 2)', doc: 'when the guest has interrupts masked, exit as soon as it unmasks them, so a held interrupt is injected on time (off: it waits for the next exit of any kind)' },
  { name: 'vmcall', sdm: 'VMCALL (always exits on VT-x; off here means the hypervisor offers no hypercalls)', doc: 'hcall reaches the hypercall table (off: it is an illegal instruction, as with no hypervisor)' },
]);

/** `--vmcs io-bitmap=...`: which ports exit (SDM: "use I/O bitmaps", primary processor-based control, bit 25). */
export const IO_BITMAP_DOC = 'ports whose in/out exit: all (every device port, the default), none, or a list of port names or numbers';
