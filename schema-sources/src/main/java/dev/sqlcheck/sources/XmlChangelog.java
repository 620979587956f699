package dev.sqlcheck.sources;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Liquibase XML changelog with the JDK's StAX parser (no DTDs, no external entities), by
 * local element names, so any {@code dbchangelog-*.xsd} version and no schema location at all are
 * accepted. StAX tells the line where a start tag ends; a change's line is where its tag starts,
 * found from there.
 */
final class XmlChangelog {
  /** Elements of a changeSet that are not changes applied by {@code update}. */
  private static final Set<String> NOT_CHANGES =
      Set.of("comment", "preConditions", "rollback", "validCheckSum", "modifySql", "tagDatabase");

  private final Changelogs changelogs;
  private final Path path;
  private final String display;
  private final XMLStreamReader xml;
  private final String text;

  /** Offsets of every {@code \n} in the text, ascending. */
  private final int[] newlines;

  private XmlChangelog(
      Changelogs changelogs, Path path, String display, XMLStreamReader xml, String text) {
    this.changelogs = changelogs;
    this.path = path;
    this.display = display;
    this.xml = xml;
    this.text = text;
    this.newlines =
        java.util.stream.IntStream.range(0, text.length())
            .filter(i -> text.charAt(i) == '\n')
            .toArray();
  }

  static void read(Changelogs changelogs, Path path, String display, String text) {
    XMLStreamReader xml = null;
    try {
      XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
      xml = factory.createXMLStreamReader(new StringReader(text));
      new XmlChangelog(changelogs, path, display, xml, text).readDocument();
    } catch (XMLStreamException | RuntimeException e) {
      int line = xml == null || xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
      changelogs.problem(
          SourceProblem.Kind.INVALID,
          display,
          Math.max(line, 0),
          "is not a well-formed XML changelog: " + firstLine(e.getMessage()));
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // nothing was opened that closing could leak
        }
      }
    }
  }

  private void readDocument() throws XMLStreamException {
    while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
      // prolog, comments
    }
    if (!xml.isStartElement() || !xml.getLocalName().equals("databaseChangeLog")) {
      changelogs.problem(
          SourceProblem.Kind.INVALID,
          display,
          line(),
          "is not a Liquibase changelog: its root element is not databaseChangeLog");
      return;
    }
    while (nextChild()) {
      switch (xml.getLocalName()) {
        case "changeSet" -> changeSet();
        case "include" -> {
          Map<String, String> a = attributes();
          int line = startLine();
          skipElement();
          changelogs.include(
              a.get("file"),
              "true".equalsIgnoreCase(a.get("relativeToChangelogFile")),
              path,
              display,
              line);
        }
        case "includeAll" -> {
          Map<String, String> a = attributes();
          int line = startLine();
          skipElement();
          changelogs.includeAll(
              a.get("path"),
              "true".equalsIgnoreCase(a.get("relativeToChangelogFile")),
              a.get("endsWithFilter"),
              path,
              display,
              line);
        }
        case "property" -> {
          Map<String, String> a = attributes();
          skipElement();
          if (changelogs.dbmsApplies(a.get("dbms"), display, line())) {
            changelogs.property(a.get("name"), a.get("value"));
          }
        }
        default -> skipElement();
      }
    }
  }

  private void changeSet() throws XMLStreamException {
    Map<String, String> set = attributes();
    boolean applies = changelogs.dbmsApplies(set.get("dbms"), display, startLine());
    int start = changelogs.beginChangeSet();
    while (nextChild()) {
      if (NOT_CHANGES.contains(xml.getLocalName()) || !applies) {
        skipElement();
      } else {
        changelogs.change(node(), path);
      }
    }
    changelogs.endChangeSet(display, set.get("id"), set.get("author"), start);
  }

  /** The element at the cursor, with its attributes, nested elements and text. */
  private ChangeNode node() throws XMLStreamException {
    String type = xml.getLocalName();
    Map<String, String> attributes = attributes();
    int line = startLine();
    int textLine = line();
    List<ChangeNode> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        int childLine = line();
        if (xml.getLocalName().equals("comment")) {
          skipElement();
        } else {
          children.add(node());
        }
        text.append("\n".repeat(Math.max(0, line() - childLine))); // keep later lines in place
      } else if (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        text.append(xml.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
    }
    String body = text.toString().isBlank() ? null : changelogs.substitute(text.toString());
    return new ChangeNode(type, attributes, children, body, textLine, display, line);
  }

  /** Moves to the next child element of the current one; false at its end tag. */
  private boolean nextChild() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
    return false;
  }

  private void skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private Map<String, String> attributes() {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      out.put(xml.getAttributeLocalName(i), changelogs.substitute(xml.getAttributeValue(i)));
    }
    return out;
  }

  /** The line where the current start tag ends (where its text begins). */
  private int line() {
    return xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
  }

  /**
   * The line where the current start tag begins: the last {@code <name} up to the end of the line
   * where StAX says the tag ends. (StAX's character offsets run ahead of the tag after buffering,
   * its line numbers do not.)
   */
  private int startLine() {
    int end = line();
    if (end <= 0) {
      return end;
    }
    int lineEnd = end - 1 < newlines.length ? newlines[end - 1] : text.length();
    String prefix = xml.getPrefix();
    String tag =
        "<" + (prefix == null || prefix.isEmpty() ? "" : prefix + ":") + xml.getLocalName();
    int open = text.lastIndexOf(tag, lineEnd);
    while (open >= 0 && !endsName(open + tag.length())) {
      open = text.lastIndexOf(tag, open - 1);
    }
    if (open < 0) {
      return end;
    }
    int found = Arrays.binarySearch(newlines, open);
    return (found < 0 ? -found - 1 : found) + 1; // newlines before the '<', plus one
  }

  private boolean endsName(int i) {
    return i >= text.length()
        || Character.isWhitespace(text.charAt(i))
        || text.charAt(i) == '/'
        || text.charAt(i) == '>';
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String m = message.strip();
    int nl = m.lastIndexOf('\n');
    return nl < 0 ? m : m.substring(nl + 1).strip();
  }
}
