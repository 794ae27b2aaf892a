#ifndef NEWSD_CSYSTEMD_SHIM_H
#define NEWSD_CSYSTEMD_SHIM_H
// The parts of libsystemd that newsd uses: readiness notification, socket
// activation and the journal. Swift cannot call variadic C, so callers use the
// non-variadic forms (sd_notify, sd_journal_sendv).
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>
#endif
