package org.imrtreview.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Light and dark themes: AtlantaFX Primer as the user-agent stylesheet plus the workstation's own
 * sheet, which uses only AtlantaFX's semantic colour variables (-color-success-fg, ...) so both
 * themes stay readable.
 */
public enum Theme {
    LIGHT("Light"), DARK("Dark");

    private static final String APP_CSS = Theme.class.getResource("/org/imrtreview/ui/workstation.css").toExternalForm();

    private final String title;

    Theme(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static Theme parse(String text) {
        return text != null && text.strip().equalsIgnoreCase("dark") ? DARK : LIGHT;
    }

    /** Applies the theme to the whole application (user-agent sheet) and adds our sheet to the scene. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(this == DARK ? "theme-dark" : "theme-light");
    }
}
