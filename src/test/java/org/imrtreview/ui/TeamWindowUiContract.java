package org.imrtreview.ui;

import static org.imrtreview.ui.WindowTests.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.imrtreview.store.NurseDecision;
import org.imrtreview.store.ReviewerRole;
import org.imrtreview.store.db.AuditEvent;
import org.imrtreview.store.db.CaseKeys;
import org.imrtreview.store.db.TeamDatabase;
import org.imrtreview.store.db.TeamStore;
import org.imrtreview.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Issue 18, the window on the shared store: two (then three) workstations on one team database. The
 * worklist shows the store's assignee and "Assign to me" and the unassigned queue work; the first
 * nurse to open a case holds it and saves through the store; the second sees it read-only with "Being
 * edited by …" and can change nothing; when the holder stops heartbeating her lock expires and the
 * other takes the case, and the first is told her later change was not saved while her text stays on
 * screen; a lead takes a live case over with a reason, audited. Run on the embedded H2 engine here and
 * on PostgreSQL by {@link TeamWindowPostgresUiTest}.
 */
abstract class TeamWindowUiContract {
    static final String CASE = "01-brain-glioblastoma-criteria-met";
    static final String OTHER = "04-prostate-xls-criteria-not-met";

    @TempDir
    Path workspace;

    TeamDatabase db;
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T09:00:00Z"));
    private final List<MainWindow> windows = new java.util.ArrayList<>();
    /** The windows' clock when a test sets it (the report's "now"); else the workstation's own. */
    Clock windowClock;

    abstract TeamDatabase openFresh() throws Exception;

    /** Drops what {@link #openFresh} made (after the database is closed). */
    void dropFresh() throws Exception {
    }

    @AfterEach
    void closeAll(FxRobot robot) throws Exception {
        robot.interact(() -> windows.forEach(w -> {
            w.shutdown();
            if (w.getScene() != null && w.getScene().getWindow() != null) {
                w.getScene().getWindow().hide();
            }
        }));
        if (db != null) {
            db.close();
        }
        dropFresh();
    }

    TeamStore store(String login) {
        return new TeamStore(db, login, login + "-ws", clock, TeamStore.DEFAULT_LOCK_EXPIRY);
    }

    MainWindow window(FxRobot robot, String login, RecordingDialogs dialogs) {
        return window(robot, login, dialogs, WorkstationServices.standard().letters());
    }

    MainWindow window(FxRobot robot, String login, RecordingDialogs dialogs, org.imrtreview.ui.letter.LetterService letters) {
        AtomicReference<MainWindow> made = new AtomicReference<>();
        robot.interact(() -> {
            WorkstationServices services = WorkstationServices.standard().withLetters(letters).withTeam(store(login));
            MainWindow w = new MainWindow(windowClock == null ? services : services.withClock(windowClock), dialogs);
            Stage stage = new Stage();
            Scene scene = new Scene(w, 1280, 760);
            Theme.LIGHT.apply(scene);
            stage.setScene(scene);
            stage.setTitle(login);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            made.set(w);
        });
        windows.add(made.get());
        return made.get();
    }

    @Test
    void twoNursesOneCaseLocksExpiryAndTakeOver(FxRobot robot) throws Exception {
        SampleWorkspace.copy(workspace, CASE, OTHER);
        db = openFresh();
        TeamStore lead = store("lena");
        lead.addReviewer("lena", "Lena Lead", "RN", EnumSet.of(ReviewerRole.LEAD, ReviewerRole.NURSE));
        lead.addReviewer("ann", "Ann Nurse", "RN", EnumSet.of(ReviewerRole.NURSE));
        lead.addReviewer("bea", "Bea Nurse", "RN", EnumSet.of(ReviewerRole.NURSE));
        Path folder = workspace.resolve(CASE);
        String key = CaseKeys.of(folder);

        // nurse A: the worklist from the store, "assign to me", the unassigned queue
        MainWindow a = window(robot, "ann", new RecordingDialogs());
        robot.interact(() -> a.viewModel().openWorkspace(workspace, () -> { }));
        waitUntil(() -> a.viewModel().worklist().entries().size() == 2 && a.viewModel().worklist().shared(folder) != null);
        assertNull(a.viewModel().worklist().shared(folder).assignee(), "a new case is in the unassigned queue");
        robot.interact(() -> a.worklistView().select(folder));
        Button assign = robot.from(a).lookup("#assignToMe").queryButton();
        robot.interact(assign::fire);
        waitUntil(() -> "ann".equals(a.viewModel().worklist().shared(folder).assignee()));
        robot.interact(() -> robot.from(a).lookup("#unassignedFilter").queryAs(CheckBox.class).setSelected(true));
        waitUntil(() -> a.viewModel().worklist().visible().size() == 1);
        assertEquals(OTHER, a.viewModel().worklist().visible().get(0).caseName());
        robot.interact(() -> robot.from(a).lookup("#unassignedFilter").queryAs(CheckBox.class).setSelected(false));
        robot.interact(() -> robot.from(a).lookup("#mineFilter").queryAs(CheckBox.class).setSelected(true));
        waitUntil(() -> a.viewModel().worklist().visible().size() == 1);
        assertEquals(CASE, a.viewModel().worklist().visible().get(0).caseName());
        robot.interact(() -> robot.from(a).lookup("#mineFilter").queryAs(CheckBox.class).setSelected(false));

        // A opens the case: she holds it and her work is saved in the store
        robot.interact(() -> a.viewModel().openCase(folder));
        waitUntil(() -> a.viewModel().review().evaluation() != null);
        assertTrue(a.viewModel().review().editable());
        assertEquals("ann", lead.lockOf(key).orElseThrow().owner());
        TextArea notesA = robot.from(a).lookup("#notes").queryAs(TextArea.class);
        robot.interact(() -> notesA.setText("Ann: PTV coverage checked against the DVH export."));
        a.saver().flush();
        assertEquals("Ann: PTV coverage checked against the DVH export.", lead.load(key).state().notes());

        // nurse B opens it: read-only, who has it and since when; nothing she does is recorded
        MainWindow b = window(robot, "bea", new RecordingDialogs());
        robot.interact(() -> b.viewModel().openWorkspace(workspace, () -> { }));
        waitUntil(() -> b.viewModel().worklist().shared(folder) != null);
        assertTrue(CutTextOf.cell(robot, b, "Ann Nurse"), "the worklist says who has the case");
        robot.interact(() -> b.viewModel().openCase(folder));
        waitUntil(() -> b.viewModel().review().evaluation() != null);
        assertFalse(b.viewModel().review().editable());
        Label banner = robot.from(b).lookup("#lockBanner").queryAs(Label.class);
        assertTrue(banner.getText().startsWith("Being edited by Ann Nurse since 2026-12-05 "), banner.getText());
        assertTrue(banner.getParent().isVisible());
        assertTrue(robot.from(b).lookup("#approveButton").queryButton().isDisabled(), "no decisions while read-only");
        assertFalse(robot.from(b).lookup("#takeOverButton").queryButton().isVisible(), "a nurse does not take over");
        assertTrue(b.viewModel().review().decide(NurseDecision.REFER, "criteria not met").isPresent());
        assertEquals(0, lead.standingDecisions(key));
        assertEquals("Ann: PTV coverage checked against the DVH export.", robot.from(b).lookup("#notes").queryAs(TextArea.class).getText());
        WindowTests.shoot(robot, b, "team-read-only.png");

        // A's workstation stops heartbeating (crashed, unplugged): after 2 minutes B takes the case
        a.team().stopHeartbeat();
        clock.advance(Duration.ofMinutes(3));
        robot.interact(() -> b.viewModel().openCase(folder));
        waitUntil(() -> b.viewModel().review().evaluation() != null && b.viewModel().review().editable());
        assertEquals("bea", lead.lockOf(key).orElseThrow().owner());
        assertTrue(actions(lead, key).contains("Expired lock taken"));
        TextArea notesB = robot.from(b).lookup("#notes").queryAs(TextArea.class);
        robot.interact(() -> notesB.setText("Bea: continued while Ann was away."));
        b.saver().flush();

        // A comes back and types: not saved, she is told who has it, her text stays on screen
        robot.interact(() -> notesA.setText("Ann: PTV coverage checked; rectum V70 needs a second look."));
        a.saver().flush();
        waitUntil(() -> !a.viewModel().review().editable());
        assertEquals("Ann: PTV coverage checked; rectum V70 needs a second look.", notesA.getText(), "her text is kept");
        assertTrue(a.banners().messages().stream().anyMatch(m -> m.contains("was not saved") && m.contains("bea")),
                a.banners().messages().toString());
        assertEquals("Bea: continued while Ann was away.", lead.load(key).state().notes(), "B's save stands");

        // the lead takes the live case over from B, with a reason; B is told at her next heartbeat
        RecordingDialogs leadDialogs = new RecordingDialogs();
        leadDialogs.textAnswer = "Bea is out this afternoon; the case is due today";
        MainWindow l = window(robot, "lena", leadDialogs);
        robot.interact(() -> l.viewModel().openWorkspace(workspace, () -> { }));
        waitUntil(() -> l.viewModel().worklist().shared(folder) != null);
        robot.interact(() -> l.viewModel().openCase(folder));
        waitUntil(() -> l.viewModel().review().evaluation() != null);
        assertFalse(l.viewModel().review().editable());
        Button takeOver = robot.from(l).lookup("#takeOverButton").queryButton();
        assertTrue(takeOver.isVisible());
        robot.interact(takeOver::fire);
        waitUntil(() -> l.viewModel().review().editable() && l.viewModel().review().evaluation() != null);
        assertEquals("lena", lead.lockOf(key).orElseThrow().owner());
        AuditEvent taken = lead.events(key, null, null).stream().filter(e -> e.action().equals("Lock taken over")).findFirst().orElseThrow();
        assertTrue(taken.detail().contains("from bea") && taken.detail().contains("due today"), taken.detail());
        b.team().heartbeatNow();
        waitUntil(() -> !b.viewModel().review().editable());
        assertTrue(robot.from(b).lookup("#lockBanner").queryAs(Label.class).getText().contains("Lena Lead"));

        // closing gives the lock back
        robot.interact(() -> l.viewModel().closeCase());
        waitUntil(() -> lead.lockOf(key).isEmpty());
        try {
            assertTrue(org.imrtreview.store.db.AuditChain.verify(db).intact());
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Decision 0212: on the store the physician's identity and the letter's signer are the account's. A
     * nurse's window cannot uphold (its identity is her account's), and a physician's identity typed into
     * the window anyway is refused by the store, nothing written; the physician's account upholds and
     * signs with its own name.
     */
    @Test
    void onlyAPhysicianAccountUpholdsAndTheAccountSignsTheLetter(FxRobot robot) throws Exception {
        SampleWorkspace.copy(workspace, OTHER);
        db = openFresh();
        TeamStore lead = store("lena");
        lead.addReviewer("lena", "Lena Lead", "RN", EnumSet.of(ReviewerRole.LEAD, ReviewerRole.NURSE));
        lead.addReviewer("ann", "Ann Nurse", "RN", EnumSet.of(ReviewerRole.NURSE));
        lead.addReviewer("drp", "Paul Physician", "MD, Radiation Oncology", EnumSet.of(ReviewerRole.PHYSICIAN));
        Path folder = workspace.resolve(OTHER);
        String key = CaseKeys.of(folder);

        RecordingDialogs annDialogs = new RecordingDialogs();
        annDialogs.identityAnswer = new org.imrtreview.store.ReviewerIdentity("Ann Nurse", "MD", ReviewerRole.PHYSICIAN);
        MainWindow a = window(robot, "ann", annDialogs);
        waitUntil(() -> a.identityProperty().get() != null);
        assertEquals("Ann Nurse, RN", a.identityProperty().get().signature());
        assertEquals(ReviewerRole.NURSE, a.identityProperty().get().role());
        // the case screen is built on the first open (issue 17); built now, it shows the account
        robot.interact(() -> a.caseView());
        javafx.scene.control.TextField annSigner = a.caseView().letter().reviewerField();
        assertEquals("Ann Nurse, RN", annSigner.getText());
        assertFalse(annSigner.isEditable(), "the letter's signer is the account, not typed");
        robot.interact(a::askIdentity);
        assertFalse(annDialogs.asked.contains("identity"), "on the store the workstation does not ask who she is");
        assertEquals("Ann Nurse, RN", a.identityProperty().get().signature());

        robot.interact(() -> a.viewModel().openWorkspace(workspace, () -> { }));
        waitUntil(() -> a.viewModel().worklist().shared(folder) != null);
        robot.interact(() -> a.viewModel().openCase(folder));
        waitUntil(() -> a.viewModel().review().evaluation() != null && a.viewModel().review().editable());
        robot.interact(() -> assertTrue(a.viewModel().review().decide(NurseDecision.REFER, "rectum limits not met").isEmpty()));
        a.saver().flush();
        assertTrue(robot.from(a).lookup("#upholdButton").queryButton().isDisabled(), "a nurse's account never denies");
        AtomicReference<java.util.Optional<String>> refused = new AtomicReference<>();
        robot.interact(() -> refused.set(a.viewModel().review().physicianDecide(
                org.imrtreview.store.PhysicianAction.UPHOLD, "3D plan meets the limits.")));
        assertTrue(refused.get().orElse("").contains("Only a physician reviewer"), refused.get().toString());
        // an identity forced into the window (not through the store's account): the store refuses the save
        robot.interact(() -> a.identityProperty().set(new org.imrtreview.store.ReviewerIdentity("Ann Nurse", "MD",
                ReviewerRole.PHYSICIAN)));
        robot.interact(() -> a.viewModel().review().physicianDecide(org.imrtreview.store.PhysicianAction.UPHOLD,
                "3D plan meets the limits."));
        a.saver().flush();
        waitUntil(() -> !a.viewModel().review().editable());
        assertTrue(a.banners().messages().stream().anyMatch(m -> m.contains("PHYSICIAN")), a.banners().messages().toString());
        assertEquals(org.imrtreview.store.ReviewStatus.AWAITING_PHYSICIAN, lead.load(key).state().status(), "nothing refused is written");
        robot.interact(() -> a.viewModel().closeCase());
        waitUntil(() -> lead.lockOf(key).isEmpty());

        // the physician's account: her identity and signer from the store; she upholds, the store records it
        RecordingDialogs drDialogs = new RecordingDialogs();
        Path letterFile = workspace.resolve("outbox").resolve("denial.pdf");
        java.nio.file.Files.createDirectories(letterFile.getParent());
        drDialogs.saveAnswer = letterFile;
        MainWindow p = window(robot, "drp", drDialogs);
        waitUntil(() -> p.identityProperty().get() != null);
        robot.interact(() -> p.viewModel().openWorkspace(workspace, () -> { }));
        waitUntil(() -> p.viewModel().worklist().shared(folder) != null);
        robot.interact(() -> p.viewModel().openCase(folder));
        waitUntil(() -> p.viewModel().review().evaluation() != null && p.viewModel().review().editable());
        assertEquals("Paul Physician, MD, Radiation Oncology", p.caseView().letter().reviewerField().getText(),
                "the case screen, built as the first case opened, signs with the account read before");
        Button uphold = robot.from(p).lookup("#upholdButton").queryButton();
        assertFalse(uphold.isDisabled());
        robot.interact(() -> robot.from(p).lookup("#physicianRationale").queryAs(TextArea.class)
                .setText("Rectum and bladder limits are met by the 3D plan."));
        robot.interact(uphold::fire);
        p.saver().flush();
        var saved = lead.load(key).state();
        assertEquals(org.imrtreview.store.ReviewStatus.DENIED, saved.status());
        assertEquals("Paul Physician, MD, Radiation Oncology", saved.physicianDecision().physician().signature());
        assertEquals("Paul Physician", p.viewModel().review().session().letterSigning(ZoneOffset.UTC).physician().name());
        assertTrue(lead.events(key, null, null).stream().anyMatch(e -> e.action().equals("Physician review") && e.actor().equals("drp")));

        // Save letter: the file, and in the store the letter issued by its SHA-256
        robot.interact(() -> {
            p.caseView().showLetter();
            p.caseView().letter().saveAs();
        });
        waitUntil(() -> !lead.letters(key).isEmpty());
        var issued = lead.letters(key).get(0);
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.nio.file.Files.readAllBytes(letterFile))), issued.sha256());
        assertEquals("drp", issued.issuedBy());
        assertEquals("denial.pdf", issued.fileName());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(letterFile.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("electronically by Paul Physician, MD, Radiation Oncology"), text);
        }
        waitUntil(() -> p.banners().messages().stream().anyMatch(m -> m.contains("Recorded in the team store")));
        try {
            assertTrue(org.imrtreview.store.db.AuditChain.verify(db).intact());
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Issue 18, "letter printed/saved": on the store a letter printed from the window is recorded like one
     * saved — its bytes by SHA-256, issued as PRINTED, audited "Letter printed" — and the nurse is told.
     */
    @Test
    void aLetterPrintedFromTheWindowIsRecordedInTheStore(FxRobot robot) throws Exception {
        SampleWorkspace.copy(workspace, CASE);
        db = openFresh();
        TeamStore lead = store("lena");
        lead.addReviewer("lena", "Lena Lead", "RN", EnumSet.of(ReviewerRole.LEAD, ReviewerRole.NURSE));
        Path folder = workspace.resolve(CASE);
        String key = CaseKeys.of(folder);
        org.imrtreview.ui.letter.LetterService real = WorkstationServices.standard().letters();
        List<byte[]> printed = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.imrtreview.ui.letter.LetterService printer = new org.imrtreview.ui.letter.LetterService() {
            @Override
            public boolean available() {
                return real.available();
            }

            @Override
            public byte[] render(org.imrtreview.model.ReviewCase c, org.imrtreview.model.Evaluation e, NurseDecision d,
                                 String reviewer) throws Exception {
                return real.render(c, e, d, reviewer);
            }

            @Override
            public byte[] render(org.imrtreview.model.ReviewCase c, org.imrtreview.model.Evaluation e, NurseDecision d,
                                 String reviewer, org.imrtreview.letter.content.LetterSigning signing) throws Exception {
                return real.render(c, e, d, reviewer, signing);
            }

            @Override
            public PrintOutcome print(byte[] pdf, String jobName) {
                printed.add(pdf);
                return new PrintOutcome(true, "Sent to the printer.");
            }
        };
        MainWindow w = window(robot, "lena", new RecordingDialogs(), printer);
        waitUntil(() -> w.identityProperty().get() != null);
        robot.interact(() -> w.viewModel().openWorkspace(workspace, () -> { }));
        waitUntil(() -> w.viewModel().worklist().shared(folder) != null);
        robot.interact(() -> w.viewModel().openCase(folder));
        waitUntil(() -> w.viewModel().review().evaluation() != null && w.viewModel().review().editable());
        robot.interact(() -> assertTrue(w.viewModel().review().decide(NurseDecision.APPROVE, "").isEmpty()));
        w.saver().flush();
        robot.interact(() -> {
            w.caseView().showLetter();
            w.caseView().letter().print();
        });
        waitUntil(() -> !lead.letters(key).isEmpty());
        var issued = lead.letters(key).get(0);
        assertEquals(1, printed.size());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(printed.get(0))),
                issued.sha256());
        assertEquals(TeamStore.IssuedAs.PRINTED, issued.issuedAs());
        assertEquals("lena", issued.issuedBy());
        assertTrue(issued.fileName().endsWith("-approval.pdf"), issued.fileName());
        assertTrue(lead.events(key, null, null).stream().anyMatch(e -> e.action().equals("Letter printed")
                && e.detail().contains(issued.sha256())));
        waitUntil(() -> w.banners().messages().stream().anyMatch(m -> m.contains("Sent to the printer.")
                && m.contains("Recorded in the team store")));
        assertTrue(org.imrtreview.store.db.AuditChain.verify(db).intact());
    }

    /**
     * Issue 18, "viewed document": on the store, each submitted document the window puts on screen — the
     * first clinical PDF shown as the case opens, a picture selected in the list, a page opened in the
     * evidence window — is audited with who, the case, the file's name and its SHA-256, once per file per
     * opening; an auditor reading the case read-only is recorded too. Nothing of the member is in the events.
     */
    @Test
    void aDocumentShownInTheWindowIsAuditedWithItsHash(FxRobot robot) throws Exception {
        SampleWorkspace.copy(workspace, CASE);
        db = openFresh();
        TeamStore lead = store("lena");
        lead.addReviewer("lena", "Lena Lead", "RN", EnumSet.of(ReviewerRole.LEAD, ReviewerRole.NURSE));
        lead.addReviewer("ann", "Ann Nurse", "RN", EnumSet.of(ReviewerRole.NURSE));
        lead.addReviewer("aud", "Audrey Auditor", null, EnumSet.of(ReviewerRole.AUDITOR));
        Path folder = workspace.resolve(CASE);
        String key = CaseKeys.of(folder);

        MainWindow a = window(robot, "ann", new RecordingDialogs());
        robot.interact(() -> a.viewModel().openWorkspace(workspace, () -> { }));
        waitUntil(() -> a.viewModel().worklist().shared(folder) != null);
        robot.interact(() -> a.viewModel().openCase(folder));
        waitUntil(() -> a.viewModel().review().evaluation() != null && a.viewModel().review().editable());
        // the case opens on its first clinical PDF: that is on her screen, so it is recorded
        String first = a.caseView().documents().list().getSelectionModel().getSelectedItem().document().file();
        waitUntil(() -> viewed(lead, key).size() == 1);
        assertEquals(first + " sha256 " + sha256(folder.resolve(first)), viewed(lead, key).get(0).detail());

        var list = a.caseView().documents().list();
        robot.interact(() -> list.getSelectionModel().select(indexOf(list, "dvh_imrt.png")));
        robot.interact(() -> a.caseView().documents().openInOwnWindow());
        waitUntil(() -> viewed(lead, key).size() == 2);
        robot.interact(() -> list.getSelectionModel().select(indexOf(list, first)));
        robot.interact(() -> list.getSelectionModel().select(indexOf(list, "dvh_imrt.png")));
        // both were shown before in this opening: nothing new (the next event is progress_notes.pdf's)
        robot.interact(() -> list.getSelectionModel().select(indexOf(list, "progress_notes.pdf")));
        waitUntil(() -> viewed(lead, key).size() == 3);
        List<AuditEvent> annSaw = viewed(lead, key);
        assertEquals(List.of(first, "dvh_imrt.png", "progress_notes.pdf"),
                annSaw.stream().map(e -> e.detail().substring(0, e.detail().indexOf(" sha256 "))).toList());
        assertEquals("dvh_imrt.png sha256 " + sha256(folder.resolve("dvh_imrt.png")), annSaw.get(1).detail());
        assertTrue(annSaw.stream().allMatch(e -> e.actor().equals("ann") && e.caseKey().equals(key)));
        robot.interact(() -> a.viewModel().closeCase());
        waitUntil(() -> lead.lockOf(key).isEmpty());

        // the auditor reads the case read-only: what she saw is recorded under her login
        MainWindow au = window(robot, "aud", new RecordingDialogs());
        robot.interact(() -> au.viewModel().openWorkspace(workspace, () -> { }));
        waitUntil(() -> au.viewModel().worklist().shared(folder) != null);
        robot.interact(() -> au.viewModel().openCase(folder));
        waitUntil(() -> au.viewModel().review().evaluation() != null);
        assertFalse(au.viewModel().review().editable());
        waitUntil(() -> viewed(lead, key).size() == 4);
        assertEquals("aud", viewed(lead, key).get(3).actor());
        String member = a.viewModel().worklist().find(folder).orElseThrow().member();
        assertTrue(member != null && !member.isBlank());
        assertTrue(viewed(lead, key).stream().noneMatch(e -> e.detail().contains(member)), "no member identifiers in the event");
        assertTrue(org.imrtreview.store.db.AuditChain.verify(db).intact());
    }

    /**
     * Issue 18, the audit trail in the window: Tools ▸ Audit trail is there for an auditor and a lead, not for a
     * nurse; it lists the store's events, filters them by case, reviewer, kind and days, says the chain
     * verifies (what audit verify says), and exports the events shown as CSV or JSON that check as an
     * auditor's export does. It changes nothing: the trail after is the trail before.
     */
    @Test
    void anAuditorReadsFiltersVerifiesAndExportsTheTrail(FxRobot robot) throws Exception {
        db = openFresh();
        auditedWork();
        TeamStore lead = store("lena");
        int all = lead.events(null, null, null).size();

        MainWindow n = window(robot, "ann", new RecordingDialogs());
        waitUntil(() -> n.identityProperty().get() != null);
        assertFalse(n.auditMenuItem().isVisible(), "a nurse has no audit trail window");

        RecordingDialogs dialogs = new RecordingDialogs();
        Path csv = workspace.resolve("audit-export.csv");
        dialogs.saveAnswer = csv;
        MainWindow w = window(robot, "aud", dialogs);
        waitUntil(() -> w.auditMenuItem().isVisible());
        robot.interact(w::showAuditTrail);
        var pane = w.auditPane();
        var vm = pane.viewModel();
        waitUntil(() -> vm.chainStateProperty().get() == org.imrtreview.ui.audit.AuditTrailViewModel.ChainState.INTACT
                && pane.table().getItems().size() == all);
        assertEquals("Audit trail intact: " + all + " events, every link verified.", pane.chainStatus().getText());
        assertTrue(pane.chainStatus().getStyleClass().contains("determination-met"));
        waitUntil(() -> vm.cases().size() == 3 && vm.actions().stream().anyMatch(c -> "Viewed document".equals(c.value())));
        WindowTests.shoot(robot, pane, "audit-trail.png");

        // one case
        robot.interact(() -> pick(robot, pane, "#auditCase", "case-b"));
        waitUntil(() -> !pane.table().getItems().isEmpty() && pane.table().getItems().stream().allMatch(e -> "case-b".equals(e.caseKey())));
        assertEquals(lead.events("case-b", null, null).size(), pane.table().getItems().size());
        // and one reviewer, one kind of event
        robot.interact(() -> pick(robot, pane, "#auditActor", "ann"));
        robot.interact(() -> pick(robot, pane, "#auditKind", "Viewed document"));
        waitUntil(() -> pane.table().getItems().size() == 2);
        assertTrue(pane.table().getItems().stream().allMatch(e -> e.actor().equals("ann") && e.action().equals("Viewed document")));
        // a period of days (the last day included): only the second day's viewing
        robot.interact(() -> {
            vm.fromProperty().set(java.time.LocalDate.of(2026, 12, 6));
            vm.toProperty().set(java.time.LocalDate.of(2026, 12, 6));
        });
        waitUntil(() -> pane.table().getItems().size() == 1);
        assertEquals("summary.xlsx sha256 " + "b".repeat(64), pane.table().getItems().get(0).detail());
        robot.interact(() -> vm.toProperty().set(java.time.LocalDate.of(2026, 12, 5)));
        waitUntil(() -> vm.statusProperty().get().contains("ends before it starts") && pane.table().getItems().isEmpty());
        robot.interact(() -> robot.from(pane).lookup("#auditClear").queryButton().fire());
        waitUntil(() -> pane.table().getItems().size() == all);

        // export the events of case-b as CSV: it checks as audit verify --export does
        robot.interact(() -> pick(robot, pane, "#auditCase", "case-b"));
        waitUntil(() -> pane.table().getItems().size() == lead.events("case-b", null, null).size());
        robot.interact(() -> robot.from(pane).lookup("#auditExport").queryButton().fire());
        waitUntil(() -> vm.statusProperty().get().contains("written to"));
        assertTrue(vm.statusProperty().get().contains("every hash recomputed"), vm.statusProperty().get());
        List<AuditEvent> back;
        try (var r = java.nio.file.Files.newBufferedReader(csv)) {
            back = org.imrtreview.store.db.AuditExport.read(r);
        }
        assertEquals(lead.events("case-b", null, null), back);
        assertTrue(org.imrtreview.store.db.AuditExport.check(back).intact());
        // JSON the same way
        Path json = workspace.resolve("audit-export.json");
        dialogs.saveAnswer = json;
        robot.interact(() -> pane.format().setValue("JSON"));
        robot.interact(() -> robot.from(pane).lookup("#auditExport").queryButton().fire());
        waitUntil(() -> vm.statusProperty().get().contains("audit-export.json"));
        try (var r = java.nio.file.Files.newBufferedReader(json)) {
            assertEquals(back, org.imrtreview.store.db.AuditExport.read(r));
        }
        assertEquals(all, lead.events(null, null, null).size(), "reading and exporting the trail adds nothing to it");
    }

    /**
     * Issue 18 / decision 0317: a trail of years opens on its newest page — 500 events, Earlier on, Later off —
     * and pages back and forth by event number; the period's days are UTC days, said on screen, the last day
     * included (as audit export and report take them); the export writes every event the filters select, on
     * every page, and it checks.
     */
    @Test
    void aLongTrailOpensOnItsNewestPageAndPagesByEventNumber(FxRobot robot) throws Exception {
        db = openFresh();
        auditedWork();
        try (java.sql.Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            Instant at = clock.instant();
            for (int i = 0; i < 1150; i++) {
                at = at.plus(Duration.ofMinutes(13));
                org.imrtreview.store.db.AuditChain.append(c, at, "ann", "case-b", "Viewed document", "page " + i);
            }
            // the last minutes of 9 December in UTC: a 9 December event wherever the workstation is
            org.imrtreview.store.db.AuditChain.append(c, Instant.parse("2026-12-09T23:50:00Z"), "ann", "case-a", "Viewed document", "late");
            org.imrtreview.store.db.AuditChain.append(c, Instant.parse("2026-12-10T00:10:00Z"), "ann", "case-a", "Viewed document", "next day");
            c.commit();
        }
        TeamStore lead = store("lena");
        List<AuditEvent> all = lead.events(null, null, null);
        RecordingDialogs dialogs = new RecordingDialogs();
        Path csv = workspace.resolve("audit-all.csv");
        dialogs.saveAnswer = csv;
        MainWindow w = window(robot, "aud", dialogs);
        waitUntil(() -> w.auditMenuItem().isVisible());
        robot.interact(w::showAuditTrail);
        var pane = w.auditPane();
        var vm = pane.viewModel();
        var earlier = robot.from(pane).lookup("#auditEarlier").queryButton();
        var later = robot.from(pane).lookup("#auditLater").queryButton();
        waitUntil(() -> pane.table().getItems().size() == org.imrtreview.ui.audit.AuditTrailViewModel.PAGE);
        assertEquals(all.subList(all.size() - 500, all.size()), List.copyOf(pane.table().getItems()), "the newest 500");
        assertFalse(earlier.isDisabled());
        assertTrue(later.isDisabled());
        assertEquals("500 events shown, #" + all.get(all.size() - 500).seq() + " to #" + all.get(all.size() - 1).seq()
                + "; more before them (Earlier)", vm.statusProperty().get());
        assertEquals("days and times in UTC", robot.from(pane).lookup("#auditZone").queryAs(javafx.scene.control.Label.class).getText());
        assertEquals("Time (UTC)", pane.table().getColumns().get(1).getText());
        WindowTests.shoot(robot, pane, "audit-trail-paged.png");

        robot.interact(earlier::fire);
        waitUntil(() -> !pane.table().getItems().isEmpty() && pane.table().getItems().get(0).seq() == all.get(all.size() - 1000).seq());
        assertEquals(all.subList(all.size() - 1000, all.size() - 500), List.copyOf(pane.table().getItems()));
        assertFalse(later.isDisabled());
        robot.interact(earlier::fire);
        waitUntil(() -> !pane.table().getItems().isEmpty() && pane.table().getItems().get(0).seq() == 1);
        assertEquals(all.subList(0, all.size() - 1000), List.copyOf(pane.table().getItems()));
        assertTrue(earlier.isDisabled());
        robot.interact(later::fire);
        waitUntil(() -> !pane.table().getItems().isEmpty() && pane.table().getItems().get(0).seq() == all.get(all.size() - 1000).seq());
        assertEquals(all.subList(all.size() - 1000, all.size() - 500), List.copyOf(pane.table().getItems()));
        assertFalse(earlier.isDisabled());
        assertFalse(later.isDisabled());

        // every event the filters select is exported, not only the page, and it checks
        robot.interact(() -> robot.from(pane).lookup("#auditExport").queryButton().fire());
        waitUntil(() -> vm.statusProperty().get().contains("written to"));
        assertTrue(vm.statusProperty().get().startsWith(all.size() + " events written to"), vm.statusProperty().get());
        try (var r = java.nio.file.Files.newBufferedReader(csv)) {
            // CSV has no "none": compare each event's number and hash (the hash covers every field)
            assertEquals(all.stream().map(e -> e.seq() + " " + e.hash()).toList(),
                    org.imrtreview.store.db.AuditExport.read(r).stream().map(e -> e.seq() + " " + e.hash()).toList());
        }

        // 9 December, UTC: the event at 23:50 UTC is in it, the one at 00:10 UTC on the 10th is not
        robot.interact(() -> {
            vm.fromProperty().set(java.time.LocalDate.of(2026, 12, 9));
            vm.toProperty().set(java.time.LocalDate.of(2026, 12, 9));
        });
        assertEquals(new TeamStore.AuditQuery(null, null, null, Instant.parse("2026-12-09T00:00:00Z"),
                Instant.parse("2026-12-10T00:00:00Z")), vm.query().orElseThrow());
        waitUntil(() -> pane.table().getItems().stream().anyMatch(e -> "late".equals(e.detail())));
        assertTrue(pane.table().getItems().stream().noneMatch(e -> "next day".equals(e.detail())));
    }

    /**
     * Issue 18, "a changed file is noticed" (decision 0319): the first opening for work records the case's files
     * by SHA-256; after a file changes on the share, the next reviewer to open the case is told which file
     * changed in the case's banner, and the store audits "Case files changed" with the new hash.
     */
    @Test
    void aCaseFileChangedOnTheShareIsNoticedWhenTheCaseOpens(FxRobot robot) throws Exception {
        SampleWorkspace.copy(workspace, CASE);
        db = openFresh();
        TeamStore lead = store("lena");
        lead.addReviewer("lena", "Lena Lead", "RN", EnumSet.of(ReviewerRole.LEAD, ReviewerRole.NURSE));
        lead.addReviewer("ann", "Ann Nurse", "RN", EnumSet.of(ReviewerRole.NURSE));
        lead.addReviewer("bea", "Bea Nurse", "RN", EnumSet.of(ReviewerRole.NURSE));
        Path folder = workspace.resolve(CASE);
        String key = CaseKeys.of(folder);
        MainWindow a = window(robot, "ann", new RecordingDialogs());
        robot.interact(() -> a.viewModel().openWorkspace(workspace, () -> { }));
        waitUntil(() -> a.viewModel().worklist().shared(folder) != null);
        robot.interact(() -> a.viewModel().openCase(folder));
        waitUntil(() -> a.viewModel().review().evaluation() != null);
        assertTrue(lead.events(key, null, null).stream().anyMatch(e -> e.action().equals("Case files recorded")
                && e.actor().equals("ann") && e.detail().equals("8 files")), actions(lead, key).toString());
        assertTrue(a.banners().messages().stream().noneMatch(m -> m.contains("differ from those")), a.banners().messages().toString());

        // someone edits a file of the submission on the share
        java.nio.file.Files.writeString(folder.resolve("README.md"), "\nedited on the share\n", java.nio.file.StandardOpenOption.APPEND);
        MainWindow b = window(robot, "bea", new RecordingDialogs());
        robot.interact(() -> b.viewModel().openWorkspace(workspace, () -> { }));
        waitUntil(() -> b.viewModel().worklist().shared(folder) != null);
        robot.interact(() -> b.viewModel().openCase(folder));
        waitUntil(() -> b.viewModel().review().evaluation() != null);
        waitUntil(() -> b.banners().messages().stream().anyMatch(m -> m.contains("differ from those the team store recorded")));
        String said = b.banners().messages().stream().filter(m -> m.contains("differ from those")).findFirst().orElseThrow();
        assertTrue(said.contains("README.md changed after the case was recorded (its SHA-256 differs)"), said);
        AuditEvent noticed = lead.events(new TeamStore.AuditQuery(key, "bea", "Case files changed", null, null)).get(0);
        assertEquals("README.md changed sha256 " + sha256(folder.resolve("README.md")), noticed.detail());
        WindowTests.shoot(robot, b, "team-case-files-changed.png");
    }

    /** Two cases' worth of audited work over two days: assignments, an opening, viewings, a save. */
    void auditedWork() {
        TeamStore lead = store("lena");
        lead.addReviewer("lena", "Lena Lead", "RN", EnumSet.of(ReviewerRole.LEAD, ReviewerRole.NURSE));
        lead.addReviewer("ann", "Ann Nurse", "RN", EnumSet.of(ReviewerRole.NURSE));
        lead.addReviewer("aud", "Audrey Auditor", null, EnumSet.of(ReviewerRole.AUDITOR));
        TeamStore ann = store("ann");
        lead.registerCase(new org.imrtreview.store.db.CaseInfo("case-a", "/share/case-a", "REQ-A", "STANDARD",
                clock.instant(), clock.instant().plus(Duration.ofDays(14))));
        lead.registerCase(new org.imrtreview.store.db.CaseInfo("case-b", "/share/case-b", "REQ-B", "EXPEDITED",
                clock.instant(), clock.instant().plus(Duration.ofHours(72))));
        lead.assign("case-b", "ann");
        ann.lock("case-b");
        ann.audit("case-b", "Viewed document", "summary.xlsx sha256 " + "a".repeat(64));
        var s = ann.load("case-b");
        ann.save("case-b", s.version(), s.state().withNotes("cord Dmax checked"));
        ann.release("case-b");
        clock.advance(Duration.ofDays(1));
        ann.lock("case-b");
        ann.audit("case-b", "Viewed document", "summary.xlsx sha256 " + "b".repeat(64));
        ann.release("case-b");
        lead.audit("case-a", "Viewed document", "dvh.png sha256 " + "c".repeat(64));
    }

    @SuppressWarnings("unchecked")
    static void pick(FxRobot robot, javafx.scene.Node pane, String id, String value) {
        var box = (javafx.scene.control.ComboBox<org.imrtreview.ui.audit.AuditTrailViewModel.Choice>) robot.from(pane).lookup(id).query();
        box.setValue(box.getItems().stream().filter(c -> value.equals(c.value())).findFirst()
                .orElseThrow(() -> new AssertionError(value + " not in " + box.getItems())));
    }

    /**
     * Issue 18, "letter sent": on the store, File > Export decision as PAS response records the letter inside
     * the response as issued SENT (its bytes by SHA-256, audited "Letter sent") and the banner names the hash;
     * when the store refuses the record (the account was deactivated meanwhile) the banner says not to send it.
     */
    @Test
    void aPasResponseExportedFromTheWindowRecordsItsLetterAsSent(FxRobot robot) throws Exception {
        Path bundle = workspace.resolve("request-bundle.json");
        java.nio.file.Files.copy(Path.of("samples-pas/pas-01-brain-criteria-met.json"), bundle);
        Path folder = new org.imrtreview.pas.PasImporter().importBundle(bundle).caseFolder().toAbsolutePath().normalize();
        java.nio.file.Files.delete(bundle);
        db = openFresh();
        TeamStore admin = store("lara");
        admin.addReviewer("lara", "Lara Lead", "RN", EnumSet.of(ReviewerRole.LEAD));
        admin.addReviewer("lena", "Lena Lead", "RN", EnumSet.of(ReviewerRole.LEAD, ReviewerRole.NURSE));
        String key = CaseKeys.of(folder);
        RecordingDialogs dialogs = new RecordingDialogs();
        Path out = workspace.resolve("outbox").resolve("answer.json");
        java.nio.file.Files.createDirectories(out.getParent());
        dialogs.saveAnswer = out;
        MainWindow w = window(robot, "lena", dialogs);
        waitUntil(() -> w.identityProperty().get() != null);
        robot.interact(() -> w.viewModel().openCase(folder));
        waitUntil(() -> w.viewModel().review().evaluation() != null && w.viewModel().review().editable());
        // PAS carries no prescription: the nurse types it from the plan (as in PasBundleUiTest), then approves
        robot.interact(() -> {
            org.imrtreview.model.Request r = w.viewModel().review().effectiveRequest();
            w.viewModel().review().editRequest(new org.imrtreview.model.Request(r.requestId(), r.receivedAt(), r.urgency(),
                    r.member(), r.plan(), r.requestingProvider(), r.treatingProvider(), r.diagnosis(), r.treatmentSite(),
                    new org.imrtreview.model.Request.Prescription(60.0, 30), r.requestedCodes(), r.plannedStart(), r.other()));
        });
        waitUntil(() -> w.viewModel().review().evaluation() != null);
        robot.interact(() -> assertTrue(w.viewModel().review().decide(NurseDecision.APPROVE, "Criteria met on the submitted DVHs.").isEmpty()));
        w.saver().flush();
        fileMenu(robot, w, "Export decision as PAS response…");
        waitUntil(() -> !admin.letters(key).isEmpty());
        var sent = admin.letters(key).get(0);
        assertEquals(TeamStore.IssuedAs.SENT, sent.issuedAs());
        assertEquals("lena", sent.issuedBy());
        assertEquals("PA-2026-004117-pas-response-letter.pdf", sent.fileName());
        // the bytes recorded are the letter inside the response that was written
        String json = java.nio.file.Files.readString(out);
        byte[] recorded = admin.letter(sent.sha256()).orElseThrow();
        assertTrue(json.contains(java.util.Base64.getEncoder().encodeToString(recorded)), "the recorded letter is the one sent");
        assertTrue(admin.events(key, null, null).stream().anyMatch(e -> e.action().equals("Letter sent") && e.actor().equals("lena")
                && e.detail().contains(sent.sha256())));
        waitUntil(() -> w.banners().messages().stream().anyMatch(m -> m.contains("PAS response A1")
                && m.contains("recorded in the team store (SHA-256 " + sent.sha256().substring(0, 12))));

        // the account is deactivated: the response is written, but its letter is not recorded and she is told not to send it
        admin.deactivateReviewer("lena");
        Path again = workspace.resolve("outbox").resolve("answer-2.json");
        dialogs.saveAnswer = again;
        fileMenu(robot, w, "Export decision as PAS response…");
        waitUntil(() -> w.banners().messages().stream().anyMatch(m -> m.contains("could not be recorded in the team store")
                && m.contains("Do not send it")));
        assertEquals(1, admin.letters(key).size(), "nothing recorded for the refused export");
        assertTrue(org.imrtreview.store.db.AuditChain.verify(db).intact());
    }

    static void fileMenu(FxRobot robot, MainWindow w, String text) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.VBox) w.getTop()).getChildren().get(0);
        javafx.scene.control.MenuItem item = bar.getMenus().get(0).getItems().stream().filter(i -> text.equals(i.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no File menu item " + text));
        robot.interact(item::fire);
    }

    /**
     * Issue 18, reports on the store: Tools > Reports counts the store's cases and the decisions saved there
     * (as report --db), with no workspace opened in this window: one case approved in time on the store, one
     * expedited case still open and overdue.
     */
    @Test
    void theReportsWindowCountsTheStoresCasesAndDecisions(FxRobot robot) throws Exception {
        db = openFresh();
        auditedWork(); // case-a standard (14 days) and case-b expedited (72 h), received at 09:00 on 2026-12-05
        TeamStore ann = store("ann");
        ann.lock("case-a");
        var s = ann.load("case-a");
        ann.save("case-a", s.version(), s.state().withDecision(new org.imrtreview.store.DecisionRecord(NurseDecision.APPROVE,
                org.imrtreview.model.Determination.CRITERIA_MET, null, clock.instant(), "ann")));
        ann.release("case-a");
        clock.advance(Duration.ofDays(3)); // past case-b's 72 hours
        windowClock = clock;
        MainWindow w = window(robot, "lena", new RecordingDialogs());
        robot.interact(w::showReports);
        waitUntil(() -> w.reportsPane() != null && w.reportsPane().shown() != null);
        var r = w.reportsPane().shown();
        assertEquals(2, r.cases());
        assertEquals(1, r.byStatus().get(org.imrtreview.store.ReviewStatus.APPROVED));
        var standard = r.turnaround().stream().filter(t -> t.urgency() == org.imrtreview.model.Request.Urgency.STANDARD)
                .findFirst().orElseThrow();
        assertEquals(1, standard.decided());
        assertEquals(1, standard.inTime());
        var expedited = r.turnaround().stream().filter(t -> t.urgency() == org.imrtreview.model.Request.Urgency.EXPEDITED)
                .findFirst().orElseThrow();
        assertEquals(1, expedited.open());
        assertEquals(1, r.overdueNow());
        assertTrue(r.fromTrail() && r.trailDisagrees() == 0, "decisions from the audit trail, which the saved work agrees with");
        assertTrue(r.text().contains("Decisions and their times are the team store's audit trail's (audit verify proves it); the"
                + " saved work agrees."), r.text());
        WindowTests.shoot(robot, w.reportsPane(), "team-reports.png");
    }

    static List<AuditEvent> viewed(TeamStore reader, String key) {
        return reader.events(key, null, null).stream()
                .filter(e -> e.action().equals(org.imrtreview.store.db.SharedCase.VIEWED_DOCUMENT)).toList();
    }

    static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.nio.file.Files.readAllBytes(file)));
    }

    private static int indexOf(javafx.scene.control.ListView<org.imrtreview.ui.casereview.DocumentsPane.DocumentItem> list,
                               String file) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).document() != null && list.getItems().get(i).document().file().equals(file)) {
                return i;
            }
        }
        throw new AssertionError(file + " not in " + list.getItems());
    }

    /**
     * Decision 0213: a lead gives a case to a nurse from the worklist (Assign to ▸ name), audited; the
     * nurse finds it under Mine. Request details a nurse types on her workstation reach the other
     * workstations' worklists (member, due, status) from the store.
     */
    @Test
    void aLeadAssignsACaseToANurseAndTypedRequestDetailsReachEveryWorklist(FxRobot robot) throws Exception {
        SampleWorkspace.copy(workspace, CASE, OTHER);
        db = openFresh();
        TeamStore admin = store("lena");
        admin.addReviewer("lena", "Lena Lead", "RN", EnumSet.of(ReviewerRole.LEAD, ReviewerRole.NURSE));
        admin.addReviewer("ann", "Ann Nurse", "RN", EnumSet.of(ReviewerRole.NURSE));
        admin.addReviewer("bea", "Bea Nurse", "RN", EnumSet.of(ReviewerRole.NURSE));
        Path folder = workspace.resolve(CASE);
        Path other = workspace.resolve(OTHER);
        String key = CaseKeys.of(folder);

        MainWindow l = window(robot, "lena", new RecordingDialogs());
        robot.interact(() -> l.viewModel().openWorkspace(workspace, () -> { }));
        waitUntil(() -> l.viewModel().worklist().shared(folder) != null && !l.viewModel().worklist().assignable().isEmpty());
        javafx.scene.control.MenuButton assignTo = robot.from(l).lookup("#assignTo").queryAs(javafx.scene.control.MenuButton.class);
        assertTrue(assignTo.isVisible(), "a lead assigns to others");
        assertEquals(List.of("Ann Nurse (UR nurse)", "Bea Nurse (UR nurse)", "Lena Lead (UR nurse)"),
                assignTo.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList());
        robot.interact(() -> l.worklistView().select(folder));
        robot.interact(() -> assignTo.getItems().stream().filter(i -> "assignTo-ann".equals(i.getId())).findFirst().orElseThrow().fire());
        waitUntil(() -> "ann".equals(l.viewModel().worklist().shared(folder).assignee()));
        assertTrue(CutTextOf.cell(robot, l, "Ann Nurse"));
        AuditEvent assigned = admin.events(key, null, null).stream().filter(e -> e.action().equals("Assigned")).findFirst().orElseThrow();
        assertEquals("lena", assigned.actor());
        assertEquals("to ann", assigned.detail());
        WindowTests.shoot(robot, l, "team-lead-worklist.png");

        MainWindow a = window(robot, "ann", new RecordingDialogs());
        robot.interact(() -> a.viewModel().openWorkspace(workspace, () -> { }));
        waitUntil(() -> a.viewModel().worklist().shared(folder) != null);
        assertFalse(robot.from(a).lookup("#assignTo").query().isVisible(), "a nurse assigns nobody else");
        robot.interact(() -> robot.from(a).lookup("#mineFilter").queryAs(CheckBox.class).setSelected(true));
        waitUntil(() -> a.viewModel().worklist().visible().size() == 1);
        assertEquals(CASE, a.viewModel().worklist().visible().get(0).caseName());
        robot.interact(() -> robot.from(a).lookup("#mineFilter").queryAs(CheckBox.class).setSelected(false));

        // Ann corrects the member's name and makes the request expedited on her workstation
        robot.interact(() -> a.viewModel().openCase(other));
        waitUntil(() -> a.viewModel().review().evaluation() != null && a.viewModel().review().editable());
        var typed = a.viewModel().review().effectiveRequest();
        var corrected = new org.imrtreview.model.Request(typed.requestId(), typed.receivedAt(),
                org.imrtreview.model.Request.Urgency.EXPEDITED, new org.imrtreview.model.Request.Member("Harold T. Quimby-Verified",
                typed.member().id(), typed.member().dateOfBirth(), typed.member().address()), typed.plan(),
                typed.requestingProvider(), typed.treatingProvider(), typed.diagnosis(), typed.treatmentSite(),
                typed.prescription(), typed.requestedCodes(), typed.plannedStart(), typed.other());
        robot.interact(() -> assertFalse(a.viewModel().review().editRequest(corrected).isEmpty()));
        a.saver().flush();

        // the lead's worklist shows it at its next read of the store (the minute tick)
        robot.interact(() -> l.viewModel().worklist().tick());
        waitUntil(() -> l.viewModel().worklist().find(other).map(e -> "Harold T. Quimby-Verified".equals(e.member())).orElse(false));
        var line = l.viewModel().worklist().find(other).orElseThrow();
        assertEquals(org.imrtreview.model.Request.Urgency.EXPEDITED, line.urgency());
        assertEquals(org.imrtreview.store.worklist.Turnaround.dueAt(corrected), line.dueAt(), "72 hours from receipt");
        assertTrue(CutTextOf.cell(robot, l, "Harold T. Quimby-Verified"));
    }

    static List<String> actions(TeamStore lead, String key) {
        return lead.events(key, null, null).stream().map(AuditEvent::action).toList();
    }

    /** A clock the test moves (lock expiry without waiting two minutes). */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration d) {
            now.updateAndGet(t -> t.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    /** Whether a cell of the window's worklist shows the text. */
    static final class CutTextOf {
        static boolean cell(FxRobot robot, MainWindow w, String text) {
            return robot.from(w.worklistView().table()).lookup(".table-cell").queryAll().stream()
                    .map(n -> ((javafx.scene.control.Labeled) n).getText()).anyMatch(t -> t != null && t.contains(text));
        }
    }
}
