package org.imrtreview.store.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The workstation process a store client runs in, as its client id names it (decision 0551): the machine (the
 * first 12 hex digits of the SHA-256 of its host name: no name in the store), the process id and when that process
 * started. A lock left by a window of the same login on the same machine whose process is gone (killed, crashed)
 * is hers to take back at once, instead of waiting for it to expire; a lock of another login or another machine,
 * or of a process still running (her second window), never is.
 *
 * <p>Written after the id's own part as {@code ~pid~start~machine} (start in milliseconds, base 36), so an id of an
 * earlier release (no {@code ~}) names no process and is only ever taken when it expires.
 */
record ClientProcess(long pid, Instant started, String machine) {
    /** Start times read for one process by two processes may differ by a clock tick or a rounding. */
    private static final long SAME_START_MILLIS = 1_000;

    /** This process, when the machine and the process's start time can be told (else none: locks only expire). */
    static Optional<ClientProcess> current() {
        ProcessHandle me = ProcessHandle.current();
        Optional<Instant> started = me.info().startInstant();
        Optional<String> machine = thisMachine();
        if (started.isEmpty() || machine.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClientProcess(me.pid(), started.get(), machine.get()));
    }

    /** The client id of a store client of {@code user} in this process (the column holds 100 characters). */
    static String clientId(String user) {
        String base = user + "@" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
        return current().map(p -> base + p.suffix()).filter(id -> id.length() <= 100).orElse(base);
    }

    String suffix() {
        return "~" + pid + "~" + Long.toString(started.toEpochMilli(), 36) + "~" + machine;
    }

    /** The process a client id names; empty for an id that names none (an earlier release's, a test's). */
    static Optional<ClientProcess> of(String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        String[] parts = clientId.split("~", -1);
        if (parts.length < 4) {
            return Optional.empty();
        }
        int n = parts.length;
        try {
            long pid = Long.parseLong(parts[n - 3]);
            Instant started = Instant.ofEpochMilli(Long.parseLong(parts[n - 2], 36));
            String machine = parts[n - 1];
            return machine.matches("[0-9a-f]{12}") ? Optional.of(new ClientProcess(pid, started, machine)) : Optional.empty();
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the client {@code heldBy} (a lock's holder) was a process of this machine that no longer runs, seen from
     * the client {@code me}: same machine, and its process id is not running or runs a process started at another
     * time (the id was used again). Anything not known — either id naming no process, another machine — is "not
     * gone": the lock waits for its expiry as before.
     */
    static boolean goneFrom(String heldBy, String me) {
        Optional<ClientProcess> held = of(heldBy);
        Optional<ClientProcess> mine = of(me);
        if (held.isEmpty() || mine.isEmpty() || !held.get().machine().equals(mine.get().machine())) {
            return false;
        }
        return held.get().gone();
    }

    /** This machine's process {@code pid} started at {@code started} no longer runs. */
    boolean gone() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return true;
        }
        Optional<Instant> now = handle.get().info().startInstant();
        // a running process whose start time cannot be read is taken for the one that holds the lock
        return now.isPresent() && Math.abs(now.get().toEpochMilli() - started.toEpochMilli()) > SAME_START_MILLIS;
    }

    /** The host name hashed, from what the system says without asking the network; empty when none is found. */
    static Optional<String> thisMachine() {
        String name = System.getenv("COMPUTERNAME"); // Windows
        if (blank(name)) {
            name = read(Path.of("/proc/sys/kernel/hostname")); // Linux
        }
        if (blank(name)) {
            name = read(Path.of("/etc/hostname"));
        }
        if (blank(name)) {
            name = System.getenv("HOSTNAME");
        }
        return blank(name) ? Optional.empty() : Optional.of(hash(name.strip().toLowerCase(Locale.ROOT)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String hash(String name) {
        return AuditChain.sha256(name.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
