package ai.stagesense.intellij.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The platform adapter cannot be compiled here, so its plugin.xml is checked against its sources and against what
 * was verified in the IntelliJ Platform sources (JetBrains/intellij-community; see PlatformApi.kt): every
 * extension point and attribute is a verified one, every implementation class exists as a Kotlin source with the
 * declared package and the platform supertype the extension point requires, and every {@code com.intellij} import of
 * the adapter is a verified class.
 */
class PluginXmlTest {

    /** Extension point → attributes its bean declares (the classes named in PlatformApi.kt). */
    private static final Map<String, Set<String>> VERIFIED_EXTENSION_POINTS = Map.of(
            // EditorExtensionPoints.xml: interface EP, so "implementation"; "id"/"order" are generic extension attributes
            "inline.completion.provider", Set.of("implementation", "id", "order"),
            // ToolWindowEP.java
            "toolWindow", Set.of("id", "anchor", "icon", "factoryClass", "secondary", "canCloseContents",
                    "doNotActivateOnStart", "side"),
            // ConfigurableEP.java
            "applicationConfigurable", Set.of("id", "displayName", "instance", "parentId", "groupId", "groupWeight",
                    "key", "bundle", "provider", "dynamic", "childrenEPName"),
            // NotificationGroupEP.java
            "notificationGroup", Set.of("id", "displayType", "isLogByDefault", "toolWindowId", "icon", "bundle", "key"));

    /** Attribute that names the implementation class → the platform type that class must implement. */
    private static final Map<String, String> CLASS_ATTRIBUTES = Map.of(
            "inline.completion.provider/implementation", "InlineCompletionProvider",
            "toolWindow/factoryClass", "ToolWindowFactory",
            "applicationConfigurable/instance", "Configurable");

    /** IdeActions.GROUP_GENERATE and IdeActions.GROUP_EDITOR_POPUP. */
    private static final Set<String> VERIFIED_ACTION_GROUPS = Set.of("GenerateGroup", "EditorPopupMenu");

    /** Every platform class the adapter imports, each found in the platform sources at the path noted. */
    private static final Set<String> VERIFIED_PLATFORM_IMPORTS = Set.of(
            // platform/platform-impl/src/com/intellij/codeInsight/inline/completion/
            "com.intellij.codeInsight.inline.completion.InlineCompletionEvent",
            "com.intellij.codeInsight.inline.completion.InlineCompletionProvider",
            "com.intellij.codeInsight.inline.completion.InlineCompletionProviderID",
            "com.intellij.codeInsight.inline.completion.InlineCompletionRequest",
            "com.intellij.codeInsight.inline.completion.elements.InlineCompletionGrayTextElement",
            "com.intellij.codeInsight.inline.completion.suggestion.InlineCompletionSuggestion",
            "com.intellij.codeInsight.inline.completion.suggestion.InlineCompletionVariant",
            // platform/editor-ui-api/src/com/intellij/openapi/actionSystem/
            "com.intellij.openapi.actionSystem.ActionUpdateThread",
            "com.intellij.openapi.actionSystem.AnAction",
            "com.intellij.openapi.actionSystem.AnActionEvent",
            "com.intellij.openapi.actionSystem.CommonDataKeys",
            // platform/core-api/src/com/intellij/openapi/...
            "com.intellij.openapi.application.ApplicationManager",
            "com.intellij.openapi.command.WriteCommandAction",
            "com.intellij.openapi.components.Service",
            "com.intellij.openapi.editor.Document",
            "com.intellij.openapi.fileEditor.FileDocumentManager",
            "com.intellij.openapi.progress.ProgressIndicator",
            "com.intellij.openapi.progress.Task",
            "com.intellij.openapi.project.DumbAware",
            "com.intellij.openapi.project.Project",
            // platform/util/src/com/intellij/openapi/Disposable.java, .../diagnostic/logger.kt
            "com.intellij.openapi.Disposable",
            "com.intellij.openapi.diagnostic.logger",
            // platform/projectModel-api/src/com/intellij/openapi/components/
            "com.intellij.openapi.components.PersistentStateComponent",
            "com.intellij.openapi.components.State",
            "com.intellij.openapi.components.Storage",
            // platform/analysis-api/src/com/intellij/openapi/fileEditor/
            "com.intellij.openapi.fileEditor.FileEditorManager",
            "com.intellij.openapi.fileEditor.FileEditorManagerEvent",
            "com.intellij.openapi.fileEditor.FileEditorManagerListener",
            // platform/ide-core/src/com/intellij/...
            "com.intellij.notification.NotificationGroupManager",
            "com.intellij.notification.NotificationType",
            "com.intellij.openapi.options.Configurable",
            "com.intellij.ui.content.ContentFactory",
            // platform/platform-api/src/com/intellij/...
            "com.intellij.openapi.ui.ComboBox",
            "com.intellij.openapi.wm.ToolWindow",
            "com.intellij.openapi.wm.ToolWindowFactory",
            "com.intellij.ui.components.JBCheckBox",
            "com.intellij.ui.components.JBScrollPane",
            "com.intellij.ui.components.JBTextField",
            "com.intellij.util.ui.FormBuilder");

    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+([\\w.]+)");

    private static Path pluginDir;
    private static Path kotlinSources;
    private static Element root;

    @BeforeAll
    static void load() throws Exception {
        pluginDir = Path.of(System.getProperty("stagesense.plugin.dir", "../plugin"));
        kotlinSources = pluginDir.resolve("src/main/kotlin");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(pluginDir.resolve("src/main/resources/META-INF/plugin.xml").toFile());
        root = document.getDocumentElement();
    }

    @Test
    void describesThePluginAndDependsOnlyOnThePlatform() {
        assertEquals("idea-plugin", root.getTagName());
        assertEquals("ai.stagesense.intellij", text(single(root, "id")));
        assertEquals("StageSense", text(single(root, "name")));
        assertEquals(List.of("com.intellij.modules.platform"), children(root, "depends").stream().map(PluginXmlTest::text).toList());
    }

    @Test
    void everyExtensionIsAVerifiedExtensionPointWithVerifiedAttributes() {
        Element extensions = single(root, "extensions");
        assertEquals("com.intellij", extensions.getAttribute("defaultExtensionNs"));
        Set<String> used = new TreeSet<>();
        for (Element extension : elements(extensions)) {
            String ep = extension.getTagName();
            Set<String> allowed = VERIFIED_EXTENSION_POINTS.get(ep);
            assertTrue(allowed != null, "extension point not verified against the platform sources: " + ep);
            for (String attribute : attributeNames(extension)) {
                assertTrue(allowed.contains(attribute), ep + " has no verified attribute " + attribute);
            }
            used.add(ep);
        }
        assertEquals(VERIFIED_EXTENSION_POINTS.keySet(), used, "every feature of issue 7 is registered");
    }

    @Test
    void everyImplementationClassExistsWithThePlatformSupertype() throws IOException {
        Element extensions = single(root, "extensions");
        int checked = 0;
        for (Element extension : elements(extensions)) {
            for (String attribute : attributeNames(extension)) {
                String supertype = CLASS_ATTRIBUTES.get(extension.getTagName() + "/" + attribute);
                if (supertype != null) {
                    assertClassSource(extension.getAttribute(attribute), supertype);
                    checked++;
                }
            }
        }
        for (Element action : children(single(root, "actions"), "action")) {
            assertClassSource(action.getAttribute("class"), "AnAction");
            checked++;
        }
        assertEquals(4, checked, "provider, tool window factory, configurable and action");
    }

    @Test
    void actionsUseVerifiedGroupsAndUniqueIds() {
        List<Element> actions = children(single(root, "actions"), "action");
        assertFalse(actions.isEmpty());
        for (Element action : actions) {
            assertTrue(action.getAttribute("id").startsWith("ai.stagesense.intellij."), action.getAttribute("id"));
            assertFalse(action.getAttribute("text").isBlank());
            List<Element> groups = children(action, "add-to-group");
            assertFalse(groups.isEmpty(), "an action nobody can reach");
            for (Element group : groups) {
                assertTrue(VERIFIED_ACTION_GROUPS.contains(group.getAttribute("group-id")), group.getAttribute("group-id"));
                assertTrue(Set.of("first", "last").contains(group.getAttribute("anchor")));
            }
        }
    }

    @Test
    void providerIdAndNotificationGroupMatchTheSources() throws IOException {
        Element provider = children(single(root, "extensions"), "inline.completion.provider").get(0);
        String providerSource = Files.readString(sourceOf(provider.getAttribute("implementation")));
        // InlineCompletionProvider.id "must match extension id in plugin.xml" (its KDoc)
        assertTrue(providerSource.contains("InlineCompletionProviderID(\"" + provider.getAttribute("id") + "\")"),
                "provider id in the Kotlin source differs from plugin.xml");

        Element group = children(single(root, "extensions"), "notificationGroup").get(0);
        String constants = Files.readString(kotlinSources.resolve("ai/stagesense/intellij/plugin/PlatformApi.kt"));
        assertTrue(constants.contains("NOTIFICATION_GROUP = \"" + group.getAttribute("id") + "\""));
    }

    @Test
    void everyPlatformImportOfTheAdapterWasVerified() throws IOException {
        List<String> unverified = new ArrayList<>();
        int platformImports = 0;
        try (Stream<Path> files = Files.walk(kotlinSources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".kt")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1);
                    if (imported.startsWith("com.intellij.")) {
                        platformImports++;
                        if (!VERIFIED_PLATFORM_IMPORTS.contains(imported)) {
                            unverified.add(file.getFileName() + ": " + imported);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), unverified);
        assertTrue(platformImports > 30, "the scan found the adapter's imports: " + platformImports);
    }

    @Test
    void theGradleBuildBundlesTheServerJarWhereTheCoreLooksForIt() throws IOException {
        String build = Files.readString(pluginDir.resolve("build.gradle.kts"));
        assertTrue(build.contains("inference-server/target/stagesense-all.jar"));
        assertTrue(build.contains("\"$it/server\""), "BundledServerJar looks in <plugin>/server/");
        assertTrue(build.contains("id(\"org.jetbrains.intellij.platform\") version \"2."), "IntelliJ Platform Gradle Plugin 2.x");
    }

    private static void assertClassSource(String qualifiedName, String supertype) throws IOException {
        Path source = sourceOf(qualifiedName);
        assertTrue(Files.isRegularFile(source), "no source for " + qualifiedName + " at " + source);
        String text = Files.readString(source);
        String pkg = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
        String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        assertTrue(text.contains("package " + pkg + "\n"), source + " is not in package " + pkg);
        Matcher declaration = Pattern.compile("(?m)^class " + simpleName + "\\b[^{]*:\\s*([^{]*)\\{").matcher(text);
        if (!declaration.find()) {
            fail("no top-level class " + simpleName + " in " + source);
        }
        assertTrue(Pattern.compile("\\b" + supertype + "\\b").matcher(declaration.group(1)).find(),
                simpleName + " must implement " + supertype + ", declares: " + declaration.group(1).strip());
    }

    private static Path sourceOf(String qualifiedName) {
        return kotlinSources.resolve(qualifiedName.replace('.', '/') + ".kt");
    }

    private static Element single(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        assertEquals(1, found.size(), "exactly one <" + tag + ">");
        return found.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        return elements(parent).stream().filter(e -> e.getTagName().equals(tag)).toList();
    }

    private static List<Element> elements(Element parent) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                result.add((Element) nodes.item(i));
            }
        }
        return result;
    }

    private static List<String> attributeNames(Element element) {
        List<String> names = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            names.add(((Attr) attributes.item(i)).getName());
        }
        return names;
    }

    private static String text(Element element) {
        return element.getTextContent().strip();
    }
}
