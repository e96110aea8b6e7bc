package org.imrtreview.ui;

import org.imrtreview.store.db.TeamDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window on the shared store, on the embedded engine (the workspace's H2 database). */
@ExtendWith(ApplicationExtension.class)
class TeamWindowUiTest extends TeamWindowUiContract {
    @Override
    TeamDatabase openFresh() {
        return TeamDatabase.embedded(workspace);
    }
}
