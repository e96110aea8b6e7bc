package org.imrtreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decision 0232: when the launcher relaunches with a class archive, and what it does with archives. */
class ClassDataSharingTest {

    @TempDir
    Path tmp;

    private final Path jar = Path.of("app", "imrt-review.jar");

    @Test
    void relaunchesOnlyFromAJarUnlessTurnedOffOrAlreadyTheChildOrCdsGivenByHand() {
        assertTrue(ClassDataSharing.wanted(Map.of(), null, jar, List.of("-Xmx1g")));
        assertFalse(ClassDataSharing.wanted(Map.of("IMRT_CDS", "false"), null, jar, List.of()), "IMRT_CDS=false");
        assertFalse(ClassDataSharing.wanted(Map.of("IMRT_CDS", "FALSE"), null, jar, List.of()));
        assertFalse(ClassDataSharing.wanted(Map.of(), "true", jar, List.of()), "the child never relaunches");
        assertFalse(ClassDataSharing.wanted(Map.of(), null, null, List.of()), "classes folder (development, tests)");
        assertFalse(ClassDataSharing.wanted(Map.of(), null, jar, List.of("-Xshare:off")));
        assertFalse(ClassDataSharing.wanted(Map.of(), null, jar, List.of("-XX:SharedArchiveFile=/x.jsa")));
    }

    @Test
    void theChildGetsThisJvmsOptionsTheArchiveAndTheSameArguments() {
        Path archive = tmp.resolve("a.jsa");
        List<String> use = ClassDataSharing.command(Path.of("/jdk/bin/java"), List.of("-Xmx1g", "-Dimrt.prefs.node=x"), jar,
                archive, null, false, new String[] {"evaluate", "case folder"});
        assertEquals("/jdk/bin/java", use.get(0));
        assertTrue(use.containsAll(List.of("-Xmx1g", "-Dimrt.prefs.node=x", "-Dimrt.cds.child=true",
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString())));
        assertEquals(List.of(Launcher.class.getName(), "evaluate", "case folder"), use.subList(use.size() - 3, use.size()));
        List<String> make = ClassDataSharing.command(Path.of("/jdk/bin/java"), List.of(), jar, null,
                tmp.resolve("a.jsa.7.part"), true, new String[0]);
        assertTrue(make.contains("-XX:ArchiveClassesAtExit=" + tmp.resolve("a.jsa.7.part")), "written beside, as a part");
        assertTrue(make.indexOf("-Xlog:disable") < make.indexOf("-XX:ArchiveClassesAtExit=" + tmp.resolve("a.jsa.7.part")));
    }

    @Test
    void aCommandIsCompiledByTheQuickCompilerOnlyTheWindowByBothAndHandGivenCompilerOptionsWin() {
        Path java = Path.of("/jdk/bin/java");
        String[] evaluate = {"evaluate", "case"};
        assertTrue(ClassDataSharing.command(java, List.of(), jar, null, null, false, evaluate).contains("-XX:TieredStopAtLevel=1"));
        assertFalse(ClassDataSharing.command(java, List.of(), jar, null, null, true, new String[0]).contains("-XX:TieredStopAtLevel=1"),
                "the window runs for hours: its hot code gets the optimising compiler");
        List<String> byHand = ClassDataSharing.command(java, List.of("-XX:TieredStopAtLevel=4"), jar, null, null, false, evaluate);
        assertEquals(List.of("-XX:TieredStopAtLevel=4"), byHand.stream().filter(a -> a.contains("Tiered")).toList());
        assertFalse(ClassDataSharing.command(java, List.of("-XX:-TieredCompilation"), jar, null, null, false, evaluate)
                .contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void aCommandGetsASmallSerialHeapTheWindowTheDefaultsAndHandGivenHeapOptionsWin() {
        Path java = Path.of("/jdk/bin/java");
        String[] evaluate = {"evaluate", "case"};
        List<String> command = ClassDataSharing.command(java, List.of(), jar, null, null, false, evaluate);
        assertTrue(command.containsAll(List.of("-XX:+UseSerialGC", "-Xms32m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30")));
        assertTrue(command.indexOf("-Xms32m") < command.indexOf(Launcher.class.getName()), "a JVM option, not an argument");
        List<String> window = ClassDataSharing.command(java, List.of(), jar, null, null, true, new String[0]);
        assertTrue(window.stream().noneMatch(ClassDataSharing::aboutHeapOrCollector), "the window keeps G1 and the JDK's heap");
        for (String byHand : List.of("-Xmx8m", "-Xms1g", "-Xmn4m", "-XX:+UseG1GC", "-XX:+UseZGC", "-XX:+UseParallelGC",
                "-XX:MaxHeapSize=64m", "-XX:MaxRAMPercentage=50", "-XX:MaxRAM=1g", "-XX:MaxHeapFreeRatio=70", "-XX:NewSize=4m")) {
            List<String> c = ClassDataSharing.command(java, List.of(byHand), jar, null, null, false, evaluate);
            assertEquals(List.of(byHand), c.stream().filter(ClassDataSharing::aboutHeapOrCollector).toList(), byHand);
        }
        assertTrue(ClassDataSharing.command(java, List.of("-Xss2m", "-Dx=-Xmx"), jar, null, null, false, evaluate).contains("-Xms32m"),
                "other options leave the small heap in place");
    }

    @Test
    void anArchiveBelongsToOneBuildAndOneJdk() {
        String a = ClassDataSharing.archiveName("jar-1-2", "17.0.15+6", "/jdk17", false);
        assertEquals(a, ClassDataSharing.archiveName("jar-1-2", "17.0.15+6", "/jdk17", false));
        assertNotEquals(a, ClassDataSharing.archiveName("jar-1-3", "17.0.15+6", "/jdk17", false));
        assertNotEquals(a, ClassDataSharing.archiveName("jar-1-2", "21.0.1+12", "/jdk21", false));
        assertNotEquals(a, ClassDataSharing.archiveName("jar-1-2", "17.0.15+6", "/jdk17", true),
                "the window has its own archive, with the JavaFX classes a command never loads");
        assertEquals(Path.of("/c/imrt-review/cds"), ClassDataSharing.folder(Map.of("XDG_CACHE_HOME", "/c"), "home-n"));
        assertEquals(Path.of("home-n/.cache/imrt-review/cds"), ClassDataSharing.folder(Map.of(), "home-n"));
    }

    @Test
    void aFinishedPartBecomesTheArchiveAndHalfWrittenOnesAreRemoved() throws Exception {
        Path archive = tmp.resolve("a.jsa");
        Path part = tmp.resolve("a.jsa.1.part");
        Files.write(part, new byte[] {1, 2, 3});
        ClassDataSharing.finish(part, archive);
        assertTrue(Files.isRegularFile(archive));
        assertFalse(Files.exists(part));

        Path empty = tmp.resolve("b.jsa.2.part");
        Files.createFile(empty);
        ClassDataSharing.finish(empty, tmp.resolve("b.jsa"));
        assertFalse(Files.exists(tmp.resolve("b.jsa")), "an empty dump is no archive");
        assertFalse(Files.exists(empty));

        Path killed = tmp.resolve("c.jsa.3.part");
        Path running = tmp.resolve("c.jsa.4.part");
        Files.write(killed, new byte[] {1});
        Files.write(running, new byte[] {1});
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        ClassDataSharing.removeStale(tmp, Instant.now(), java.util.Set.of());
        assertFalse(Files.exists(killed), "left by a killed run");
        assertTrue(Files.exists(running), "another run may still be writing it");
        assertTrue(Files.exists(archive));
    }

    /** Decision 0433: other builds' archives written long ago go; this build's and recent ones stay. */
    @Test
    void otherBuildsOldArchivesAreRemovedAndThisBuildsNever() throws Exception {
        String mine = ClassDataSharing.archiveName("jar-9-9", "17.0.15+6", "/jdk17", false);
        String mineWindow = ClassDataSharing.archiveName("jar-9-9", "17.0.15+6", "/jdk17", true);
        String oldOther = ClassDataSharing.archiveName("jar-1-1", "17.0.15+6", "/jdk17", false);
        String recentOther = ClassDataSharing.archiveName("jar-2-2", "17.0.15+6", "/jdk17", true);
        Instant longAgo = Instant.now().minus(ClassDataSharing.STALE_ARCHIVE).minus(Duration.ofDays(1));
        for (String n : java.util.List.of(mine, mineWindow, oldOther, recentOther, "notes.jsa", "imrt-review-x.txt")) {
            Files.write(tmp.resolve(n), new byte[] {1});
            if (!n.equals(recentOther)) {
                Files.setLastModifiedTime(tmp.resolve(n), FileTime.from(longAgo));
            }
        }
        ClassDataSharing.removeStale(tmp, Instant.now(), java.util.Set.of(mine, mineWindow));
        assertTrue(Files.exists(tmp.resolve(mine)), "this build's archive, however old");
        assertTrue(Files.exists(tmp.resolve(mineWindow)));
        assertFalse(Files.exists(tmp.resolve(oldOther)), "another build's, written long ago");
        assertTrue(Files.exists(tmp.resolve(recentOther)), "another build's, written lately");
        assertTrue(Files.exists(tmp.resolve("notes.jsa")), "not ours");
        assertTrue(Files.exists(tmp.resolve("imrt-review-x.txt")), "not an archive");
    }
}
