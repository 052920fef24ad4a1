// Generated from the opcode and ABI tables by `pnpm generate`. Do not edit.
// Numeric literals, so the interpreter switch compares small integers and nothing else.

export const OP_NOP = 0x01;
export const OP_MOV = 0x02;
export const OP_LI = 0x03;
export const OP_ADD_RRR = 0x10;
export const OP_ADD_RRI = 0x11;
export const OP_SUB_RRR = 0x12;
export const OP_SUB_RRI = 0x13;
export const OP_MUL_RRR = 0x14;
export const OP_MUL_RRI = 0x15;
export const OP_DIV_RRR = 0x16;
export const OP_DIV_RRI = 0x17;
export const OP_DIVU_RRR = 0x18;
export const OP_DIVU_RRI = 0x19;
export const OP_REM_RRR = 0x1a;
export const OP_REM_RRI = 0x1b;
export const OP_REMU_RRR = 0x1c;
export const OP_REMU_RRI = 0x1d;
export const OP_AND_RRR = 0x1e;
export const OP_AND_RRI = 0x1f;
export const OP_OR_RRR = 0x20;
export const OP_OR_RRI = 0x21;
export const OP_XOR_RRR = 0x22;
export const OP_XOR_RRI = 0x23;
export const OP_SHL_RRR = 0x24;
export const OP_SHL_RRI = 0x25;
export const OP_SHR_RRR = 0x26;
export const OP_SHR_RRI = 0x27;
export const OP_SAR_RRR = 0x28;
export const OP_SAR_RRI = 0x29;
export const OP_LD = 0x30;
export const OP_ST = 0x31;
export const OP_LDB = 0x32;
export const OP_STB = 0x33;
export const OP_LDH = 0x34;
export const OP_STH = 0x35;
export const OP_BEQ_RRL = 0x40;
export const OP_BEQ_RIL = 0x41;
export const OP_BNE_RRL = 0x42;
export const OP_BNE_RIL = 0x43;
export const OP_BLT_RRL = 0x44;
export const OP_BLT_RIL = 0x45;
export const OP_BGE_RRL = 0x46;
export const OP_BGE_RIL = 0x47;
export const OP_BLTU_RRL = 0x48;
export const OP_BLTU_RIL = 0x49;
export const OP_BGEU_RRL = 0x4a;
export const OP_BGEU_RIL = 0x4b;
export const OP_BGT_RRL = 0x4c;
export const OP_BGT_RIL = 0x4d;
export const OP_BLE_RRL = 0x4e;
export const OP_BLE_RIL = 0x4f;
export const OP_JMP_L = 0x50;
export const OP_JMP_R = 0x51;
export const OP_CALL_L = 0x52;
export const OP_CALL_R = 0x53;
export const OP_RET = 0x54;
export const OP_PUSH = 0x55;
export const OP_POP = 0x56;
export const OP_HCALL = 0x60;
export const OP_SYSCALL = 0x61;
export const OP_BRK = 0x62;
export const OP_PUSHF = 0x68;
export const OP_POPF = 0x69;
export const OP_IN_RP = 0x70;
export const OP_IN_RR = 0x71;
export const OP_OUT_PR = 0x72;
export const OP_OUT_RR = 0x73;
export const OP_CLI = 0x74;
export const OP_STI = 0x75;
export const OP_HLT = 0x76;
export const OP_IRET = 0x77;
export const OP_LVT = 0x78;
export const OP_LKSP = 0x79;
export const OP_MTCR = 0x7a;
export const OP_MFCR = 0x7b;
export const OP_INVLPG = 0x7c;

// I/O ports
export const CONSOLE_DATA = 16;
export const CONSOLE_STATUS = 17;
export const TIMER_PERIOD = 32;
export const TIMER_NOW = 33;
export const TIMER_ONESHOT = 34;
export const TIMER_NOW_HI = 35;
export const BLOCK_SECTOR = 48;
export const BLOCK_CMD = 49;
export const BLOCK_DATA = 50;
export const BLOCK_STATUS = 51;
export const BLOCK_COUNT = 52;
export const BLOCK_ADDR = 53;
export const POWER_OFF = 240;

// Vectors
export const VEC_DIVIDE = 0;
export const VEC_ILLEGAL = 1;
export const VEC_PRIV = 2;
export const VEC_MEMORY = 3;
export const VEC_SYSCALL = 4;
export const VEC_BREAK = 5;
export const VEC_TIMER = 6;
export const VEC_CONSOLE = 7;
export const VEC_BLOCK = 8;
export const VEC_PAGE = 9;

// FLAGS bits
export const FLAG_IE = 1;
export const FLAG_U = 2;

// Device bits and sizes
export const CONSOLE_READY = 1;
export const CONSOLE_EOF = 2;
export const CONSOLE_IRQ_ENABLE = 1;
export const BLOCK_IRQ_ENABLE = 1;
export const BLOCK_BUSY = 1;
export const SECTOR_SIZE = 512;
export const BLOCK_WORDS = 128;
export const PORT_SPACE = 256;

// Control registers
export const CR_PTB = 0;
export const CR_FAULT_ADDR = 1;
export const CR_FAULT_CODE = 2;

// Paging
export const PAGE_SIZE = 4096;
export const PT_ENTRIES = 1024;
export const PTE_P = 1;
export const PTE_W = 2;
export const PTE_U = 4;
export const PTE_A = 32;
export const PTE_D = 64;
export const PTE_FRAME = 4294963200;
export const PF_P = 1;
export const PF_W = 2;
export const PF_U = 4;
export const PF_I = 16;

// Block commands
export const BLOCK_READ = 1;
export const BLOCK_WRITE = 2;
export const BLOCK_FLUSH = 3;
export const BLOCK_DMA_READ = 4;
export const BLOCK_DMA_WRITE = 5;

// Hypercalls
export const HC_set_trap_table = 0;
export const HC_mmu_update = 1;
export const HC_stack_switch = 3;
export const HC_set_callbacks = 4;
export const HC_set_timer_op = 15;
export const HC_update_va_mapping = 14;
export const HC_xen_version = 17;
export const HC_console_io = 18;
export const HC_iret = 23;
export const HC_mmuext_op = 26;
export const HC_sched_op = 29;
export const HC_event_channel_op = 32;

// Hypercall sub-commands
export const CONSOLEIO_write = 0;
export const CONSOLEIO_read = 1;
export const SCHEDOP_yield = 0;
export const SCHEDOP_block = 1;
export const SCHEDOP_shutdown = 2;
export const SHUTDOWN_poweroff = 0;
export const SHUTDOWN_reboot = 1;
export const SHUTDOWN_suspend = 2;
export const SHUTDOWN_crash = 3;
export const SHUTDOWN_watchdog = 4;
export const EVTCHNOP_bind_virq = 1;
export const EVTCHNOP_close = 3;
export const EVTCHNOP_send = 4;
export const EVTCHNOP_unmask = 9;
export const VIRQ_TIMER = 0;
export const VIRQ_CONSOLE = 2;
export const XENVER_version = 0;
export const NR_EVENT_CHANNELS = 32;
export const TI_DPL_MASK = 3;
export const TI_IF = 4;
export const MMU_NORMAL_PT_UPDATE = 0;
export const MMU_PT_UPDATE_PRESERVE_AD = 2;
export const MMUEXT_PIN_L1_TABLE = 0;
export const MMUEXT_PIN_L2_TABLE = 1;
export const MMUEXT_UNPIN_TABLE = 4;
export const MMUEXT_NEW_BASEPTR = 5;
export const MMUEXT_TLB_FLUSH_LOCAL = 6;
export const MMUEXT_INVLPG_LOCAL = 7;
export const MMUEXT_TLB_FLUSH_ALL = 10;
export const MMUEXT_INVLPG_ALL = 11;
export const UVMF_NONE = 0;
export const UVMF_TLB_FLUSH = 1;
export const UVMF_INVLPG = 2;
export const UVMF_ALL = 4;
export const HYPERVISOR_VIRT_START = 4227858432;
export const XEN_PVCLOCK_TSC_STABLE_BIT = 1;

// Hypercall structs (field offsets; NAME_size is the whole struct)
export const sched_shutdown_reason = 0;
export const sched_shutdown_size = 4;
export const evtchn_bind_virq_virq = 0;
export const evtchn_bind_virq_vcpu = 4;
export const evtchn_bind_virq_port = 8;
export const evtchn_bind_virq_size = 12;
export const evtchn_close_port = 0;
export const evtchn_close_size = 4;
export const evtchn_send_port = 0;
export const evtchn_send_size = 4;
export const evtchn_unmask_port = 0;
export const evtchn_unmask_size = 4;
export const trap_info_vector = 0;
export const trap_info_flags = 1;
export const trap_info_cs = 2;
export const trap_info_address = 4;
export const trap_info_size = 8;
export const mmu_update_ptr = 0;
export const mmu_update_val = 4;
export const mmu_update_size = 8;
export const mmuext_op_cmd = 0;
export const mmuext_op_arg1 = 4;
export const mmuext_op_arg2 = 8;
export const mmuext_op_size = 12;
export const vcpu_time_info_version = 0;
export const vcpu_time_info_pad0 = 4;
export const vcpu_time_info_tsc_timestamp = 8;
export const vcpu_time_info_system_time = 16;
export const vcpu_time_info_tsc_to_system_mul = 24;
export const vcpu_time_info_tsc_shift = 28;
export const vcpu_time_info_flags = 29;
export const vcpu_time_info_pad1 = 30;
export const vcpu_time_info_size = 32;

// errno (hypercall results are their negatives)
export const EPERM = 1;
export const ENOENT = 2;
export const EIO = 5;
export const E2BIG = 7;
export const EAGAIN = 11;
export const EFAULT = 14;
export const EBUSY = 16;
export const EEXIST = 17;
export const EINVAL = 22;
export const ENOSPC = 28;
export const ENOSYS = 38;

// start_info (offsets; r1 holds its address at entry of a pv kernel)
export const SI_MAGIC = 0;
export const SI_MEM_SIZE = 4;
export const SI_SHARED_INFO = 8;
export const SI_CONSOLE_RING = 12;
export const SI_CONSOLE_EVTCHN = 16;
export const SI_BLOCK_RING = 20;
export const SI_BLOCK_EVTCHN = 24;
export const SI_BLOCK_SECTORS = 28;
export const SI_STACK_TOP = 32;
export const SI_MAGIC_VALUE = 1886809393;

// shared_info (offsets)
export const SH_UPCALL_PENDING = 0;
export const SH_UPCALL_MASK = 1;
export const SH_EVTCHN_PENDING = 4;
export const SH_EVTCHN_MASK = 8;
export const SH_TIME = 16;
export const SH_CR2 = 48;
export const SH_PF_CODE = 52;

// Console ring (offsets)
export const XENCONS_IN = 0;
export const XENCONS_OUT = 1024;
export const XENCONS_IN_CONS = 3072;
export const XENCONS_IN_PROD = 3076;
export const XENCONS_OUT_CONS = 3080;
export const XENCONS_OUT_PROD = 3084;
export const XENCONS_IN_SIZE = 1024;
export const XENCONS_OUT_SIZE = 2048;

// Block ring (offsets)
export const BLKIF_REQ_PROD = 0;
export const BLKIF_REQ_EVENT = 4;
export const BLKIF_RSP_PROD = 8;
export const BLKIF_RSP_EVENT = 12;
export const BLKIF_RING = 64;
export const BLKIF_RING_SIZE = 32;
export const BLKIF_ENTRY = 16;
export const BLKIF_ID = 0;
export const BLKIF_OP = 4;
export const BLKIF_SECTOR = 8;
export const BLKIF_BUFFER = 12;
export const BLKIF_STATUS = 8;
export const BLKIF_OP_READ = 0;
export const BLKIF_OP_WRITE = 1;
export const BLKIF_OP_FLUSH_DISKCACHE = 3;
export const BLKIF_RSP_OKAY = 0;
export const BLKIF_RSP_ERROR = -1;
export const BLKIF_RSP_EOPNOTSUPP = -2;
