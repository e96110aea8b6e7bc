package org.imrtreview.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/** The damage a fax line, a disk or a careless export does to a file, chosen by a seeded random. */
final class Mutations {

    private Mutations() {
    }

    /** Damages {@code file} in place and says how. */
    static String apply(Path file, Random random) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (b.length == 0) {
            return "empty, left as is";
        }
        int kind = random.nextInt(6);
        String how;
        switch (kind) {
            case 0 -> {
                int flips = 1 + random.nextInt(16);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(b.length);
                    b[at] ^= (byte) (1 << random.nextInt(8));
                }
                how = flips + " bit(s) flipped";
            }
            case 1 -> {
                int keep = random.nextInt(b.length);
                b = Arrays.copyOf(b, keep);
                how = "cut off at byte " + keep;
            }
            case 2 -> {
                int at = random.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + random.nextInt(512));
                Arrays.fill(b, at, at + len, (byte) 0);
                how = len + " byte(s) zeroed at " + at;
            }
            case 3 -> {
                int at = random.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + random.nextInt(256));
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, at + len);
                System.arraycopy(b, at, out, at + len, b.length - at);
                b = out;
                how = len + " byte(s) repeated at " + at;
            }
            case 4 -> {
                int at = random.nextInt(b.length);
                b[at] = 0;
                how = "a NUL byte at " + at;
            }
            default -> {
                int at = random.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + random.nextInt(64));
                for (int i = at; i < at + len; i++) {
                    b[i] = (byte) random.nextInt(256);
                }
                how = len + " random byte(s) at " + at;
            }
        }
        Files.write(file, b);
        return how;
    }
}
