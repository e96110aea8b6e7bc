package org.imrtreview.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The files under a case folder, walked while the program itself may be saving beside them (decision 0610). The
 * nurse's work is written as a temporary file renamed over the last one ({@link WholeFiles}); a walk that lists
 * that temporary file and looks at it a moment later finds it gone. {@code Files.walk} calls that an unreadable
 * folder, and an unreadable folder holds the decision (fail closed) — so a save at the wrong moment held a
 * decision on an unchanged case. Here an entry that is gone by the time it is looked at is left out (it was
 * removed: compared with an earlier walk, a submitted file gone is still a change), folders the caller names
 * (the program's own state, hidden folders) are not entered at all, and a folder that cannot be read still fails.
 * Symbolic links are listed as links, never followed.
 */
public final class FolderWalk {
    private FolderWalk() {
    }

    /** One entry found: its path and what it is (a link's own attributes, not its target's). */
    public record Entry(Path path, BasicFileAttributes attributes) {
    }

    /**
     * Every entry below {@code folder} that is not a folder (files, links, anything else), at most {@code maxDepth}
     * levels down, in path order; a folder at the depth limit is not listed. {@code skipFolder} is asked of each
     * folder below the top, with its path relative to {@code folder}: true leaves it (and all in it) out.
     *
     * @throws IOException when {@code folder} or a folder within it cannot be read (not when an entry vanished)
     */
    public static List<Entry> entries(Path folder, int maxDepth, Predicate<Path> skipFolder) throws IOException {
        List<Entry> out = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.noneOf(java.nio.file.FileVisitOption.class), maxDepth, new FileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && skipFolder.test(folder.relativize(dir))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isDirectory() && !file.equals(folder)) {
                    out.add(new Entry(file, attrs));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException && !file.equals(folder)) {
                    return FileVisitResult.CONTINUE; // gone between being listed and being looked at
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException && !dir.equals(folder))) {
                    throw e;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(Comparator.comparing(Entry::path));
        return out;
    }
}
