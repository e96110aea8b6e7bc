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
 * first 12 hex digits of a SHA-256 of its host name and machine id, decision 0583: no name in the store), the process id and when that process
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

    /**
     * This machine, hashed, from what the system says without asking the network (decision 0583): two computers
     * given the same host name (a cloned desktop not renamed) must not be one machine to 0551's take-back. Empty
     * when the machine cannot be told apart from a namesake: locks then only expire.
     */
    static Optional<String> thisMachine() {
        return machine(System::getenv, ClientProcess::read);
    }

    /**
     * The machine from {@code env} (environment variables) and {@code files} (a file's text, null when absent):
     * <ul>
     * <li>Linux and other systemd/D-Bus systems: the host name with the installation's {@code /etc/machine-id}
     * (else {@code /var/lib/dbus/machine-id}) — random per installation, so namesakes differ; without one, empty.
     * <li>Windows: the computer name within its domain ({@code USERDOMAIN\COMPUTERNAME}); a domain refuses a
     * second computer of the same name. Not in a domain (the user's domain is the computer itself, or none):
     * empty. The registry's MachineGuid would tell any two apart but is not readable from Java without starting
     * {@code reg.exe}, which a hospital's application control may block and which 0551's check should not wait on.
     * </ul>
     */
    static Optional<String> machine(java.util.function.Function<String, String> env,
                                    java.util.function.Function<Path, String> files) {
        String computer = env.apply("COMPUTERNAME");
        if (!blank(computer)) {
            String domain = env.apply("USERDOMAIN");
            if (blank(domain) || domain.strip().equalsIgnoreCase(computer.strip())) {
                return Optional.empty();
            }
            return Optional.of(hash("windows\n" + domain.strip().toLowerCase(Locale.ROOT) + "\\"
                    + computer.strip().toLowerCase(Locale.ROOT)));
        }
        String name = files.apply(Path.of("/proc/sys/kernel/hostname"));
        if (blank(name)) {
            name = files.apply(Path.of("/etc/hostname"));
        }
        if (blank(name)) {
            name = env.apply("HOSTNAME");
        }
        String id = files.apply(Path.of("/etc/machine-id"));
        if (blank(id)) {
            id = files.apply(Path.of("/var/lib/dbus/machine-id"));
        }
        if (blank(name) || blank(id) || !id.strip().matches("[0-9a-fA-F]{32}")) {
            return Optional.empty();
        }
        return Optional.of(hash(name.strip().toLowerCase(Locale.ROOT) + "\n" + id.strip().toLowerCase(Locale.ROOT)));
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
