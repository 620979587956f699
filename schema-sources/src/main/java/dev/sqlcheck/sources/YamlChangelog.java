package dev.sqlcheck.sources;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a Liquibase YAML or JSON changelog (JSON is read as YAML, as Liquibase does) through
 * SnakeYAML's node graph, which keeps each node's line: {@code databaseChangeLog} is a list of
 * one-key maps ({@code changeSet}, {@code include}, {@code includeAll}, {@code property}); a
 * changeSet's {@code changes} is a list of one-key maps from change type to its attributes. Nested
 * maps and lists become {@link ChangeNode} children ({@code columns: [{column: {...}}]} gives
 * {@code column} children, {@code constraints: {...}} a {@code constraints} child).
 */
final class YamlChangelog {
  /** Keys whose scalar value is a change's text rather than an attribute. */
  private static final Set<String> TEXT_KEYS = Set.of("sql", "selectQuery", "procedureText");

  private final Changelogs changelogs;
  private final Path path;
  private final String display;

  private YamlChangelog(Changelogs changelogs, Path path, String display) {
    this.changelogs = changelogs;
    this.path = path;
    this.display = display;
  }

  static void read(Changelogs changelogs, Path path, String display, String text) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (RuntimeException e) {
      changelogs.problem(
          SourceProblem.Kind.INVALID,
          display,
          0,
          "is not a well-formed YAML/JSON changelog: "
              + String.valueOf(e.getMessage()).replace('\n', ' '));
      return;
    }
    Node log = root instanceof MappingNode map ? value(map, "databaseChangeLog") : null;
    if (!(log instanceof SequenceNode entries)) {
      changelogs.problem(
          SourceProblem.Kind.INVALID,
          display,
          root == null ? 0 : line(root),
          "is not a Liquibase changelog: it has no databaseChangeLog list");
      return;
    }
    new YamlChangelog(changelogs, path, display).entries(entries);
  }

  private void entries(SequenceNode entries) {
    for (Node entry : entries.getValue()) {
      if (!(entry instanceof MappingNode map) || map.getValue().isEmpty()) {
        continue;
      }
      NodeTuple first = map.getValue().get(0);
      String key = scalar(first.getKeyNode());
      Node body = first.getValueNode();
      Map<String, String> a = body instanceof MappingNode m ? scalars(m) : Map.of();
      int line = line(first.getKeyNode());
      boolean relative = "true".equalsIgnoreCase(a.get("relativeToChangelogFile"));
      switch (key == null ? "" : key) {
        case "changeSet" -> changeSet(body, a, line);
        case "include" -> changelogs.include(a.get("file"), relative, path, display, line);
        case "includeAll" ->
            changelogs.includeAll(
                a.get("path"), relative, a.get("endsWithFilter"), path, display, line);
        case "property" -> {
          if (changelogs.dbmsApplies(a.get("dbms"), display, line)) {
            changelogs.property(a.get("name"), a.get("value"));
          }
        }
        default -> {}
      }
    }
  }

  private void changeSet(Node body, Map<String, String> attributes, int line) {
    if (!(body instanceof MappingNode set)
        || !changelogs.dbmsApplies(attributes.get("dbms"), display, line)) {
      return;
    }
    if (!(value(set, "changes") instanceof SequenceNode changes)) {
      return;
    }
    int start = changelogs.beginChangeSet();
    for (Node change : changes.getValue()) {
      if (change instanceof MappingNode map && !map.getValue().isEmpty()) {
        NodeTuple t = map.getValue().get(0);
        String type = scalar(t.getKeyNode());
        if (type != null) {
          changelogs.change(node(type, t.getValueNode(), line(t.getKeyNode())), path);
        }
      }
    }
    changelogs.endChangeSet(display, attributes.get("id"), attributes.get("author"), start);
  }

  /** A change or nested element: scalars are attributes, maps and lists children. */
  private ChangeNode node(String type, Node body, int line) {
    Map<String, String> attributes = new LinkedHashMap<>();
    List<ChangeNode> children = new ArrayList<>();
    String text = null;
    int textLine = line;
    if (body instanceof ScalarNode s && TEXT_KEYS.contains(type)) {
      text = changelogs.substitute(s.getValue()); // "- sql: CREATE TABLE ..." shorthand
      textLine = textLine(s);
    } else if (body instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        String key = scalar(t.getKeyNode());
        Node value = t.getValueNode();
        if (key == null) {
          continue;
        }
        if (value instanceof ScalarNode s && TEXT_KEYS.contains(key)) {
          text = changelogs.substitute(s.getValue());
          textLine = textLine(s);
        } else if (value instanceof ScalarNode s) {
          attributes.put(key, changelogs.substitute(s.getValue()));
        } else if (value instanceof MappingNode) {
          children.add(node(key, value, line(t.getKeyNode())));
        } else if (value instanceof SequenceNode list) {
          for (Node item : list.getValue()) {
            if (item instanceof MappingNode m && !m.getValue().isEmpty()) {
              NodeTuple only = m.getValue().get(0);
              String childType = scalar(only.getKeyNode());
              if (childType != null) {
                children.add(node(childType, only.getValueNode(), line(only.getKeyNode())));
              }
            }
          }
        }
      }
    }
    return new ChangeNode(type, attributes, children, text, textLine, display, line);
  }

  private static Node value(MappingNode map, String key) {
    for (NodeTuple t : map.getValue()) {
      if (key.equals(scalar(t.getKeyNode()))) {
        return t.getValueNode();
      }
    }
    return null;
  }

  private Map<String, String> scalars(MappingNode map) {
    Map<String, String> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      String key = scalar(t.getKeyNode());
      if (key != null && t.getValueNode() instanceof ScalarNode s) {
        out.put(key, changelogs.substitute(s.getValue()));
      }
    }
    return out;
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  /** The line of a scalar's first character: a block scalar ({@code |}) starts below its mark. */
  private static int textLine(ScalarNode s) {
    DumperOptions.ScalarStyle style = s.getScalarStyle();
    boolean block =
        style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED;
    return line(s) + (block ? 1 : 0);
  }
}
