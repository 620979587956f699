package dev.sqlcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the manifests the processor wrote, one per repository, under {@value #DIRECTORY}: either
 * for named classes ({@code DIRECTORY + Class.getName()}), or all of them, by listing that one
 * folder in every class path root that has it (a folder or a jar). Nothing is loaded or scanned by
 * reflection. A repository found in two roots is read from the first, as its class would be.
 */
final class Manifests {
  static final String DIRECTORY = "META-INF/sqlcheck/repositories/";

  private Manifests() {}

  /** The manifest of each class, in order; throws for a class that has none. */
  static List<Manifest> of(Class<?>... repositories) {
    List<Manifest> out = new ArrayList<>();
    for (Class<?> type : repositories) {
      ClassLoader loader =
          type.getClassLoader() == null
              ? ClassLoader.getSystemClassLoader()
              : type.getClassLoader();
      URL url = loader.getResource(DIRECTORY + type.getName());
      if (url == null) {
        throw new IllegalArgumentException(
            type.getName()
                + " has no sqlcheck manifest ("
                + DIRECTORY
                + type.getName()
                + "): it is not a @SqlRepository, or it was not compiled by sqlcheck-processor, or"
                + " its queries had errors");
      }
      out.add(read(url));
    }
    return out;
  }

  /** Every manifest visible to {@code loader}, sorted by repository name. */
  static List<Manifest> all(ClassLoader loader) {
    Map<String, URL> found = new TreeMap<>();
    try {
      Enumeration<URL> roots = loader.getResources(DIRECTORY.substring(0, DIRECTORY.length() - 1));
      while (roots.hasMoreElements()) {
        for (Map.Entry<String, URL> e : list(roots.nextElement()).entrySet()) {
          found.putIfAbsent(e.getKey(), e.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + DIRECTORY + " on the class path", e);
    }
    List<Manifest> out = new ArrayList<>();
    found.values().forEach(url -> out.add(read(url)));
    return out;
  }

  /** The manifests in one root's folder, by repository name. */
  private static Map<String, URL> list(URL folder) throws IOException {
    Map<String, URL> out = new LinkedHashMap<>();
    if ("file".equals(folder.getProtocol())) {
      Path dir;
      try {
        dir = Path.of(folder.toURI());
      } catch (URISyntaxException | IllegalArgumentException e) {
        return out;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          out.put(f.getFileName().toString(), f.toUri().toURL());
        }
      }
      return out;
    }
    URLConnection connection = folder.openConnection();
    if (connection instanceof JarURLConnection jar) {
      JarFile file = jar.getJarFile();
      String base = folder.toString();
      base = base.substring(0, base.lastIndexOf("!/") + 2);
      for (JarEntry entry : file.stream().toList()) {
        String name = entry.getName();
        if (name.startsWith(DIRECTORY) && !entry.isDirectory()) {
          out.put(name.substring(DIRECTORY.length()), new URL(base + name));
        }
      }
    }
    return out;
  }

  private static Manifest read(URL url) {
    try (InputStream in = open(url)) {
      return Manifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sqlcheck manifest " + url, e);
    }
  }

  /** Opens without the JDK's jar cache, which would keep the jar open after we are done. */
  private static InputStream open(URL url) throws IOException {
    URLConnection c = url.openConnection();
    c.setUseCaches(false);
    return c.getInputStream();
  }
}
