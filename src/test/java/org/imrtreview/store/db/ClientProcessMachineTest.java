package org.imrtreview.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Decision 0583 (0551's accepted risk): two computers both called "WORKSTATION" are two machines to the take-back of
 * a killed window's lock; a machine that cannot be told from a namesake is none (its locks only expire).
 */
class ClientProcessMachineTest {
    private static final String ID_A = "4c1f0e8a9b2d4e6f8a0b1c2d3e4f5a6b";
    private static final String ID_B = "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b";

    /** The files a Linux system gives: its host name files, systemd's machine id and D-Bus's copy of it. */
    private static Optional<String> linux(String hostname, String machineId, String dbusId) {
        return ClientProcess.machine(k -> null, p -> {
            String name = p.getFileName().toString();
            if (name.equals("hostname")) {
                return hostname;
            }
            if (name.equals("machine-id")) {
                return p.toString().contains("dbus") ? dbusId : machineId;
            }
            return null;
        });
    }

    private static Optional<String> windows(String domain, String computer) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("COMPUTERNAME", computer);
        env.put("USERDOMAIN", domain);
        return ClientProcess.machine(env::get, p -> null);
    }

    @Test
    void twoLinuxDesktopsOfTheSameHostNameAreTwoMachines() {
        Optional<String> a = linux("WORKSTATION\n", ID_A + "\n", null);
        Optional<String> b = linux("WORKSTATION\n", ID_B + "\n", null);
        assertTrue(a.isPresent() && b.isPresent());
        assertNotEquals(a, b);
        assertEquals(a, linux("workstation", ID_A, ID_B), "the same installation read again is the same machine");
        assertEquals(b, linux("WORKSTATION", "", ID_B), "D-Bus's copy when systemd's is empty");
    }

    @Test
    void aMachineWithoutAMachineIdIsNoneSoItsLocksOnlyExpire() {
        assertEquals(Optional.empty(), linux("WORKSTATION", null, null));
        assertEquals(Optional.empty(), linux("WORKSTATION", "uninitialized\n", null));
        assertEquals(Optional.empty(), linux(null, ID_A, null));
    }

    @Test
    void onWindowsTheComputerIsNamedWithinItsDomainAndOutsideADomainIsNone() {
        Optional<String> ur = windows("HEALTHPLAN", "WORKSTATION");
        assertTrue(ur.isPresent());
        assertNotEquals(ur, windows("CLINIC", "WORKSTATION"));
        assertEquals(Optional.empty(), windows("WORKSTATION", "WORKSTATION"), "a local login: no domain keeps names unique");
        assertEquals(Optional.empty(), windows(null, "WORKSTATION"));
    }

    @Test
    void aLockOfANamesakeMachineIsNotTakenBack() {
        // ann's window on the other clone holds the lock; its process id does not run here
        String here = "ann@1-1~" + ProcessHandle.current().pid() + "~" + Long.toString(Instant.now().toEpochMilli(), 36) + "~"
                + linux("WORKSTATION", ID_A, null).orElseThrow();
        String clone = "ann@2-2~" + Long.MAX_VALUE / 2 + "~" + Long.toString(Instant.now().toEpochMilli(), 36) + "~"
                + linux("WORKSTATION", ID_B, null).orElseThrow();
        assertTrue(ClientProcess.of(clone).orElseThrow().gone(), "its process is not one of this machine's");
        assertEquals(false, ClientProcess.goneFrom(clone, here), "another machine: it waits for its expiry");
        String sameMachine = clone.substring(0, clone.lastIndexOf('~') + 1) + linux("WORKSTATION", ID_A, null).orElseThrow();
        assertEquals(true, ClientProcess.goneFrom(sameMachine, here), "the same machine: gone, hers again");
    }
}
