package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.plan.Chapter;
import org.junit.jupiter.api.Test;

/**
 * Every step on a small screen (1024×700): each named control of every step and every tab can be
 * scrolled into view and then lies inside the visible part of its page; each step opens at its top,
 * also after it was left scrolled down; the mouse wheel over a text area or a table that cannot
 * scroll further scrolls the page; Tab leaves a text area and Ctrl+Tab inserts a tab; a long validation
 * message wraps instead of widening the page. With the system
 * property {@code energydiag.screenshots} naming a folder, every step is saved as a PNG at 1024×700
 * and (when the screen is that large) at 1366×768 and 1920×1080.
 */
class StepLayoutGuiTest extends AppGuiTest {
    @Test
    void everyControlOfTheDemoProjectIsReachableAt1024x700() throws Exception {
        Instant now = Instant.now();
        DiagnosisProject p = decidedDemo(now);
        Path file = dir.resolve("demo.edproj");
        ProjectFile.write(p, file, "test", now);
        app = GuiApp.launch(dir);
        app.openImported(file);
        everyStep("demo");
    }

    @Test
    void everyControlOfAnEmptyProjectIsReachableAt1024x700() throws Exception {
        app = GuiApp.launch(dir);
        // the home screen first: its buttons wrap, the status line wraps, the status bar gives way
        size(1024, 700);
        List<String> unreachable = new ArrayList<>();
        JFrame frame = (JFrame) app.window.target();
        int home = GuiActionRunner.execute(() -> checkShowing(frame.getContentPane(), "home", unreachable)
                + checkShowing(frame.getJMenuBar(), "home/menus", unreachable));
        Screens.shoot(app.robot, "home-1024");
        assertThat(home).as("named controls of the home screen").isGreaterThan(10);
        assertThat(unreachable).as("home screen controls cut at 1024×700").isEmpty();
        app.newProject();
        everyStep("empty");
    }

    @Test
    void theWheelOverATextAreaOrATableScrollsThePageAndTabLeavesATextArea() {
        app = GuiApp.launch(dir);
        app.newProject();
        size(1024, 700);
        WorkspacePanel ws = workspace();
        // 企业基本情况 is one long page; its text areas sit in small scroll panes of their own
        JTextArea area = GuiActionRunner.execute(() -> firstEditableArea(step(ws)));
        assertThat(area).as("a text area in the enterprise step").isNotNull();
        JScrollPane page = GuiActionRunner.execute(() -> pageOf(area));
        // the text area at the top of the visible page, the page not at its end
        GuiActionRunner.execute(() -> {
            Rectangle r = SwingUtilities.convertRectangle(area.getParent(), area.getBounds(), page.getViewport().getView());
            page.getViewport().setViewPosition(new Point(0, Math.max(0, r.y - 40)));
        });
        app.robot.waitForIdle();
        int before = GuiActionRunner.execute(() -> page.getViewport().getViewPosition().y);
        assertThat(GuiActionRunner.execute(() -> page.getVerticalScrollBar().getValue() + page.getVerticalScrollBar().getVisibleAmount()
                < page.getVerticalScrollBar().getMaximum())).as("the page can scroll down").isTrue();
        app.robot.moveMouse(area);
        app.robot.rotateMouseWheel(3);
        GuiApp.waitUntil("the page scrolled under the text area", () -> page.getViewport().getViewPosition().y > before);

        // Tab leaves the text area; Ctrl+Tab inserts a tab
        app.robot.click(area);
        GuiApp.waitUntil("text area focused", area::isFocusOwner);
        app.robot.enterText("ab");
        GuiApp.waitUntil("typed", () -> area.getText().contains("ab"));
        app.robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        GuiApp.waitUntil("Tab left the text area", () -> !area.isFocusOwner());
        assertThat(GuiActionRunner.execute(() -> area.getText())).doesNotContain("\t");
        app.robot.click(area);
        GuiApp.waitUntil("text area focused again", area::isFocusOwner);
        app.robot.pressKey(KeyEvent.VK_CONTROL);
        app.robot.pressAndReleaseKey(KeyEvent.VK_TAB);
        app.robot.releaseKey(KeyEvent.VK_CONTROL);
        GuiApp.waitUntil("Ctrl+Tab inserted a tab", () -> area.getText().contains("\t"));
        assertThat(GuiActionRunner.execute(() -> area.isFocusOwner())).isTrue();

        // one long validation message wraps under its field and does not widen the page
        javax.swing.text.JTextComponent energy = GuiActionRunner.execute(() ->
                (javax.swing.text.JTextComponent) find(step(ws), "enterprise.energyConsumption2025"));
        javax.swing.JLabel message = GuiActionRunner.execute(() ->
                (javax.swing.JLabel) find(step(ws), "enterprise.energyConsumption2025.message"));
        String junk = "x1y2 ".repeat(80).trim();
        // typed by the user: the field has the focus (a refresh from the save of the text area leaves a focused field alone)
        GuiActionRunner.execute(() -> energy.scrollRectToVisible(new Rectangle(0, 0, energy.getWidth(), energy.getHeight())));
        app.robot.click(energy);
        GuiApp.waitUntil("energy field focused", energy::isFocusOwner);
        GuiActionRunner.execute(() -> energy.setText(junk));
        GuiApp.waitUntil("the message names the value", () -> message.getText().contains(junk));
        GuiApp.waitUntil("the message wrapped to several lines", () -> message.getHeight()
                > 2 * message.getFontMetrics(message.getFont()).getHeight());
        assertThat(GuiActionRunner.execute(() -> page.getViewport().getView().getWidth() <= page.getViewport().getWidth()
                && message.getWidth() <= page.getViewport().getWidth())).as("the page keeps the window's width").isTrue();
        GuiActionRunner.execute(() -> energy.setText(""));

        // a table inside the page (能源管理情况's checklist): the wheel at its end scrolls the page
        select(ws, Chapter.MANAGEMENT);
        JScrollPane table = GuiActionRunner.execute(() -> (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class,
                find(step(ws), "management.checklist")));
        JScrollPane managementPage = GuiActionRunner.execute(() -> pageOf(table));
        GuiActionRunner.execute(() -> {
            table.getVerticalScrollBar().setValue(table.getVerticalScrollBar().getMaximum()); // the table at its end
            Rectangle r = SwingUtilities.convertRectangle(table.getParent(), table.getBounds(), managementPage.getViewport().getView());
            managementPage.getViewport().setViewPosition(new Point(0, Math.max(0, r.y - 20)));
        });
        app.robot.waitForIdle();
        int pageBefore = GuiActionRunner.execute(() -> managementPage.getViewport().getViewPosition().y);
        app.robot.moveMouse(table);
        app.robot.rotateMouseWheel(3);
        GuiApp.waitUntil("the page scrolled under the table", () -> managementPage.getViewport().getViewPosition().y > pageBefore);
    }

    // ---- the walk through every step ------------------------------------------------------------

    private void everyStep(String project) throws Exception {
        WorkspacePanel ws = workspace();
        List<String> unreachable = new ArrayList<>();
        int checked = 0;
        for (int[] size : new int[][] {{1024, 700}, {1366, 768}, {1920, 1080}}) {
            boolean small = size[0] == 1024;
            if (!small && !screenHolds(size[0], size[1])) {
                System.err.println("StepLayoutGuiTest: screen smaller than " + size[0] + "×" + size[1] + ", no screenshots at that size");
                continue;
            }
            if (!small && System.getProperty("energydiag.screenshots") == null) {
                continue;
            }
            size(size[0], size[1]);
            if (small) {
                assertThat(GuiActionRunner.execute(() -> cutStepTitles(ws))).as("step titles cut in the step list at 1024×700").isEmpty();
            }
            for (Chapter chapter : Chapter.values()) {
                if (!GuiActionRunner.execute(() -> ws.wizard().available(chapter))) {
                    continue;
                }
                select(ws, chapter);
                // it opens at its top, the first time and after it was left scrolled down
                assertAtTop(ws, chapter);
                Screens.shoot(app.robot, project + "-" + size[0] + "-" + chapter.ordinal() + "-" + chapter.name());
                if (small) {
                    checked += reachable(ws, chapter, project, unreachable);
                    GuiActionRunner.execute(() -> scrollToEnd(step(ws)));
                    select(ws, chapter == Chapter.ENTERPRISE ? Chapter.PROCESS : Chapter.ENTERPRISE);
                    select(ws, chapter);
                    assertAtTop(ws, chapter);
                }
            }
        }
        System.out.println("StepLayoutGuiTest " + project + ": " + checked + " named controls checked at 1024×700");
        assertThat(checked).as("named controls checked").isGreaterThan(100);
        assertThat(unreachable).as("controls that cannot be scrolled into view at 1024×700").isEmpty();
    }

    /** On the event thread: the steps whose rendered title is wider than the step list's visible width. */
    @SuppressWarnings("unchecked")
    private static List<String> cutStepTitles(WorkspacePanel ws) {
        List<javax.swing.JList> lists = new ArrayList<>();
        collect(ws, javax.swing.JList.class, lists);
        javax.swing.JList<Object> steps = lists.stream().filter(l -> "workspace.steps".equals(l.getName())).findFirst().orElseThrow();
        int room = steps.getParent().getWidth();
        List<String> cut = new ArrayList<>();
        for (int i = 0; i < steps.getModel().getSize(); i++) {
            Object step = steps.getModel().getElementAt(i);
            Component cell = steps.getCellRenderer().getListCellRendererComponent(steps, step, i, false, false);
            if (cell.getPreferredSize().width > room) {
                cut.add(step + ": " + cell.getPreferredSize().width + " px in " + room + " px");
            }
        }
        return cut;
    }

    /** Checks every showing named control under the step, then those of every other tab of its tabbed panes. */
    private int reachable(WorkspacePanel ws, Chapter chapter, String project, List<String> unreachable) throws Exception {
        app.robot.waitForIdle();
        int n = GuiActionRunner.execute(() -> checkShowing(step(ws), chapter.name(), unreachable));
        // the workspace's header (plan check, export, submit), steps list and footer (previous, next) as well
        n += GuiActionRunner.execute(() -> {
            java.awt.BorderLayout layout = (java.awt.BorderLayout) ws.getLayout();
            int k = 0;
            for (String edge : List.of(java.awt.BorderLayout.NORTH, java.awt.BorderLayout.WEST, java.awt.BorderLayout.SOUTH)) {
                k += checkShowing(layout.getLayoutComponent(edge), chapter.name() + "/workspace", unreachable);
            }
            return k;
        });
        List<JTabbedPane> tabbed = GuiActionRunner.execute(() -> {
            List<JTabbedPane> all = new ArrayList<>();
            collect(step(ws), JTabbedPane.class, all);
            return all;
        });
        for (JTabbedPane tabs : tabbed) {
            int count = GuiActionRunner.execute(tabs::getTabCount);
            for (int i = 1; i < count; i++) {
                int tab = i;
                if (!GuiActionRunner.execute(() -> tabs.isShowing() && tabs.isEnabledAt(tab))) {
                    continue;
                }
                GuiActionRunner.execute(() -> tabs.setSelectedIndex(tab));
                app.robot.waitForIdle();
                Screens.shoot(app.robot, project + "-1024-" + chapter.ordinal() + "-" + chapter.name() + "-tab" + tab);
                String where = chapter.name() + "/" + GuiActionRunner.execute(() -> tabs.getTitleAt(tab));
                n += GuiActionRunner.execute(() -> checkShowing(tabs.getComponentAt(tab), where, unreachable));
            }
            GuiActionRunner.execute(() -> tabs.setSelectedIndex(0));
        }
        return n;
    }

    /** On the event thread: scrolls each showing named control into view and checks it is then visible. */
    private static int checkShowing(Component root, String where, List<String> unreachable) {
        List<JComponent> named = new ArrayList<>();
        collectNamed(root, named);
        for (JComponent c : named) {
            // a table or list is reached through its scroll pane; the scroll pane must come into view
            JComponent target = c.getParent() instanceof JViewport && c.getParent().getParent() instanceof JScrollPane s ? s : c;
            reveal(target);
            String problem = visibility(target);
            if (problem != null) {
                unreachable.add(where + ": " + c.getName() + " " + problem);
            }
        }
        return named.size();
    }

    /**
     * What a user does with the scroll bars: scrolls {@code c} into view in its scroll pane, then that
     * area into view in the page around it, outwards. ({@link JComponent#scrollRectToVisible} stops at
     * the first viewport.)
     */
    private static void reveal(JComponent c) {
        Rectangle r = new Rectangle(0, 0, c.getWidth(), c.getHeight());
        Component from = c;
        for (Container p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof JViewport vp && vp.getView() instanceof JComponent view) {
                Rectangle inView = SwingUtilities.convertRectangle(from, r, view);
                view.scrollRectToVisible(inView);
                r = inView.intersection(vp.getViewRect());
                from = view;
            }
        }
    }

    /**
     * Null when as much of {@code c} as its scroll panes can show is visible on the screen (not cut
     * by a page, a panel or the window); otherwise what is wrong.
     */
    private static String visibility(JComponent c) {
        if (c.getWidth() <= 0 || c.getHeight() <= 0) {
            return "has no size";
        }
        int needW = c.getWidth();
        int needH = c.getHeight();
        for (Container p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof JViewport vp) {
                needW = Math.min(needW, vp.getWidth());
                needH = Math.min(needH, vp.getHeight());
            }
        }
        Rectangle seen = c.getVisibleRect();
        if (seen.width < needW - 1 || seen.height < needH - 1) {
            Rectangle onScreen = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), SwingUtilities.getRootPane(c));
            return "cut: " + seen.width + "×" + seen.height + " of " + c.getWidth() + "×" + c.getHeight() + " visible (at " + onScreen + ")";
        }
        return null;
    }

    private static void collectNamed(Component c, List<JComponent> out) {
        if (!c.isShowing()) {
            return;
        }
        if (c instanceof JComponent j && j.getName() != null && !(j instanceof JViewport) && !(j instanceof javax.swing.JScrollBar)) {
            out.add(j);
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                collectNamed(child, out);
            }
        }
    }

    private static <T> void collect(Component c, Class<T> type, List<T> out) {
        if (type.isInstance(c) && c.isShowing()) {
            out.add(type.cast(c));
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                collect(child, type, out);
            }
        }
    }

    private void assertAtTop(WorkspacePanel ws, Chapter chapter) {
        app.robot.waitForIdle();
        List<String> scrolled = GuiActionRunner.execute(() -> {
            List<String> off = new ArrayList<>();
            List<JScrollPane> panes = new ArrayList<>();
            collect(step(ws), JScrollPane.class, panes);
            for (JScrollPane s : panes) {
                if (isPage(s) && s.getViewport().getViewPosition().y != 0) {
                    off.add(String.valueOf(s.getViewport().getViewPosition()));
                }
            }
            return off;
        });
        assertThat(scrolled).as(chapter + " opens at its top").isEmpty();
    }

    private static boolean isPage(JScrollPane s) {
        return Boolean.TRUE.equals(s.getClientProperty(ScrollablePanel.PAGE)) || s.getViewport().getView() instanceof ScrollablePanel;
    }

    /** Scrolls every page of a step to its end (as a user who worked at the bottom and left). */
    private static void scrollToEnd(Component root) {
        List<JScrollPane> panes = new ArrayList<>();
        collect(root, JScrollPane.class, panes);
        for (JScrollPane s : panes) {
            if (isPage(s)) {
                s.getVerticalScrollBar().setValue(s.getVerticalScrollBar().getMaximum());
            }
        }
    }

    private void select(WorkspacePanel ws, Chapter chapter) {
        int index = GuiActionRunner.execute(() -> ws.wizard().steps().indexOf(chapter));
        for (int i = 0; i < 3 && !GuiActionRunner.execute(() -> ws.wizard().current() == chapter); i++) {
            app.robot.waitForIdle();
            app.window.list("workspace.steps").clickItem(index);
            GuiApp.waitFor(() -> ws.wizard().current() == chapter, 3_000);
        }
        GuiApp.waitUntil(chapter + " shown", () -> ws.wizard().current() == chapter && step(ws).isShowing());
        app.robot.waitForIdle();
    }

    private WorkspacePanel workspace() {
        return GuiActionRunner.execute(() -> (WorkspacePanel) app.robot.finder().findByName(app.window.target(), "workspace",
                WorkspacePanel.class, true));
    }

    /** The component shown for the current step. */
    private static Component step(WorkspacePanel ws) {
        Component content = ((java.awt.BorderLayout) ws.getLayout()).getLayoutComponent(java.awt.BorderLayout.CENTER);
        for (Component c : ((Container) content).getComponents()) {
            if (c.isVisible()) {
                return c;
            }
        }
        throw new IllegalStateException("no step shown");
    }

    private static JScrollPane pageOf(Component c) {
        JScrollPane page = null;
        for (Container p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof JScrollPane s && isPage(s)) {
                page = s;
                break;
            }
        }
        return page;
    }

    private static JTextArea firstEditableArea(Component root) {
        List<JTextArea> areas = new ArrayList<>();
        collect(root, JTextArea.class, areas);
        return areas.stream().filter(a -> a.isEditable() && a.getParent() instanceof JViewport).findFirst().orElse(null);
    }

    private static Component find(Component root, String name) {
        if (name.equals(root.getName())) {
            return root;
        }
        if (root instanceof Container k) {
            for (Component child : k.getComponents()) {
                Component f = find(child, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private void size(int w, int h) {
        JFrame f = (JFrame) app.window.target();
        GuiActionRunner.execute(() -> {
            f.setExtendedState(JFrame.NORMAL);
            f.setBounds(0, 0, w, h);
            f.validate();
        });
        GuiApp.waitUntil("window " + w + "×" + h, () -> f.getWidth() == w && f.getHeight() == h);
        app.robot.waitForIdle();
    }

    private static boolean screenHolds(int w, int h) {
        Rectangle r = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        return r.width >= w && r.height >= h;
    }
}
