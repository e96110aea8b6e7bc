package org.imrtreview.store.db;

import java.nio.file.Path;

/**
 * The key of a case in the shared store: its folder's name within the shared workspace
 * ({@code pas-inbox/<id>} for a case imported from a PAS bundle), with forward slashes. Workstations
 * may mount the share in different places (S:\UR on one, /mnt/ur on another); the key is the same.
 */
public final class CaseKeys {
    private CaseKeys() {
    }

    public static String of(Path caseFolder) {
        Path f = caseFolder.toAbsolutePath().normalize();
        Path name = f.getFileName();
        if (name == null) {
            return f.toString().replace('\\', '/');
        }
        Path parent = f.getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equalsIgnoreCase("pas-inbox")) {
            return "pas-inbox/" + name;
        }
        return name.toString();
    }
}
