package org.imrtreview.ui.common;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * In-window notifications: a stack of slim banners under the menu bar. Information fades after a few
 * seconds; warnings and errors stay until dismissed, because the nurse must see them.
 */
public final class BannerArea extends VBox implements Notifier {
    private static final int MAX_BANNERS = 4;
    private static final String OWNER = "imrt.case";
    /** The case whose banners may show now (null: none open); banners of any other case are dropped. */
    private Object openCase;
    /** False while the worklist shows: the open case's banners wait behind it with the case (decision 0584). */
    private boolean caseBannersShown = true;

    public BannerArea() {
        getStyleClass().add("banner-area");
        setSpacing(2);
        setFillWidth(true);
    }

    @Override
    public void notify(Level level, String message) {
        post(null, level, message);
    }

    @Override
    public Notifier forCase(Object owner) {
        onFx(() -> openCase = owner);
        return (level, message) -> post(owner, level, message);
    }

    @Override
    public void closeCase(Object owner) {
        onFx(() -> {
            getChildren().removeIf(n -> n.getProperties().get(OWNER) == owner);
            if (openCase == owner) {
                openCase = null;
            }
        });
    }

    /**
     * The case screen is shown ({@code true}) or the worklist is (decision 0584): a case's banners ("row 4 … was left
     * out", "Letter saved …", the files-changed banner) name that case's files and would read, over the worklist, as
     * about the row selected there; they are hidden with the case and shown again when she returns to it.
     */
    public void caseScreenShown(boolean shown) {
        onFx(() -> {
            caseBannersShown = shown;
            getChildren().forEach(n -> {
                if (n.getProperties().get(OWNER) != null) {
                    n.setVisible(shown);
                    n.setManaged(shown);
                }
            });
        });
    }

    private void post(Object owner, Level level, String message) {
        onFx(() -> {
            if (owner == null || owner == openCase) {
                show(owner, level, message);
            }
        });
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    private void show(Object owner, Level level, String message) {
        Label text = new Label(org.imrtreview.logging.VisibleText.escapeKeepingLines(message));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        FontIcon icon = new FontIcon(switch (level) {
            case INFO -> MaterialDesignI.INFORMATION_OUTLINE;
            case SUCCESS -> MaterialDesignC.CHECK_CIRCLE;
            case WARNING -> MaterialDesignA.ALERT_OUTLINE;
            case ERROR -> MaterialDesignA.ALERT_CIRCLE_OUTLINE;
        });
        Button close = new Button("✕");
        close.getStyleClass().addAll("flat", "banner-close");
        close.setFocusTraversable(false);
        HBox banner = new HBox(8, icon, text, close);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 10, 6, 10));
        banner.getStyleClass().addAll("banner", "banner-" + level.name().toLowerCase(java.util.Locale.ROOT));
        if (owner != null) {
            banner.getProperties().put(OWNER, owner);
            banner.setVisible(caseBannersShown);
            banner.setManaged(caseBannersShown);
        }
        // the same words again replace the older banner instead of piling up
        getChildren().removeIf(n -> n instanceof HBox h && h.getChildren().size() > 1
                && h.getChildren().get(1) instanceof Label l && message.equals(l.getText()));
        close.setOnAction(e -> getChildren().remove(banner));
        getChildren().add(0, banner);
        while (getChildren().size() > MAX_BANNERS) {
            getChildren().remove(getChildren().size() - 1);
        }
        if (level == Level.INFO || level == Level.SUCCESS) {
            PauseTransition fade = new PauseTransition(Duration.seconds(6));
            fade.setOnFinished(e -> getChildren().remove(banner));
            fade.play();
        }
    }

    /** The texts currently shown, newest first (tests read these); a case's banners hidden behind the worklist are not shown. */
    public java.util.List<String> messages() {
        return getChildren().stream().filter(javafx.scene.Node::isVisible).map(n -> ((Label) ((HBox) n).getChildren().get(1)).getText()).toList();
    }
}
