package org.imrtreview.ui;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;

/** Paths as the desktop hands them to the launcher: plain paths, or file: URIs (some file managers). No JavaFX. */
public final class DesktopPaths {

    private DesktopPaths() {
    }

    /** The path the argument names, or null when it is neither a path nor a file: URI. */
    public static Path of(String arg) {
        try {
            return arg.startsWith("file:") ? Path.of(URI.create(arg)) : Path.of(arg);
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return null;
        }
    }
}
