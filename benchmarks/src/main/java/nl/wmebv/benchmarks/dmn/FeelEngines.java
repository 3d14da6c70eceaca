package nl.wmebv.benchmarks.dmn;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.ToIntFunction;

/**
 * Loads a DMN engine with a chosen version of {@code org.camunda.feel:feel-engine} in a class loader of its
 * own, so the default FEEL engine and the pinned one run side by side in one JMH run.
 *
 * <p>Both FEEL jars (scala-shaded: Scala and fastparse are relocated inside) are copied into the benchmark
 * jar at build time under {@code /feel/}. The isolated loader's path is that FEEL jar first, then the JVM's
 * class path (or Surefire's test class path) without any other FEEL jar; its parent is the platform loader,
 * so the engine, its FEEL integration and the {@link CamundaTable}/{@link OperatonTable} adapter are all
 * loaded afresh against the chosen FEEL classes. The adapter is reached through
 * {@code ToIntFunction<Object[]>}, a JDK type both loaders share.
 */
public final class FeelEngines {
    /** The DMN engines compared. */
    public enum Engine {
        /** {@code org.camunda.bpm.dmn:camunda-engine-dmn}. */
        CAMUNDA("nl.wmebv.benchmarks.dmn.CamundaTable"),
        /** {@code org.operaton.bpm.dmn:operaton-engine-dmn}. */
        OPERATON("nl.wmebv.benchmarks.dmn.OperatonTable");

        private final String adapter;

        Engine(String adapter) {
            this.adapter = adapter;
        }
    }

    /** Which FEEL engine. */
    public enum Feel {
        /** The version the DMN engine depends on by default. */
        DEFAULT("default"),
        /** The version a vendor can pin: the best configuration. */
        PINNED("pinned");

        private final String key;

        Feel(String key) {
            this.key = key;
        }

        /** @return the feel-engine version */
        public String version() {
            return VERSIONS.getProperty(key);
        }
    }

    private static final Properties VERSIONS = load();

    private FeelEngines() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = FeelEngines.class.getResourceAsStream("/nl/wmebv/benchmarks/feel.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * Loads a decision table in an isolated class loader.
     *
     * @param engine    the DMN engine
     * @param feel      the FEEL engine version
     * @param xml       the DMN XML
     * @param decision  the decision id
     * @param names     the input names
     * @return the table
     */
    @SuppressWarnings("unchecked")
    public static ToIntFunction<Object[]> load(Engine engine, Feel feel, String xml, String decision, String[] names) {
        ClassLoader loader = loader(feel);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Class<?> c = Class.forName(engine.adapter, true, loader);
            ToIntFunction<Object[]> table = (ToIntFunction<Object[]>) c.getConstructor(String.class, String.class,
                    String[].class).newInstance(xml, decision, names);
            return new ToIntFunction<>() {
                @Override
                public int applyAsInt(Object[] values) {
                    // The engines look services up through the context class loader: make it theirs.
                    Thread t = Thread.currentThread();
                    ClassLoader before = t.getContextClassLoader();
                    t.setContextClassLoader(loader);
                    try {
                        return table.applyAsInt(values);
                    } finally {
                        t.setContextClassLoader(before);
                    }
                }

                @Override
                public String toString() {
                    return table.toString();
                }
            };
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            throw new IllegalStateException("cannot load " + engine + " with FEEL " + feel.version(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static ClassLoader loader(Feel feel) {
        String name = "feel-engine-" + feel.version() + "-scala-shaded.jar";
        List<URL> urls = new ArrayList<>();
        try (InputStream in = FeelEngines.class.getResourceAsStream("/feel/" + name)) {
            if (in == null) {
                throw new IllegalStateException("/feel/" + name + " is not in the benchmark jar");
            }
            Path jar = Files.createTempFile("wmebv-feel-" + feel.version() + "-", ".jar");
            jar.toFile().deleteOnExit();
            Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
            urls.add(jar.toUri().toURL());
            String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            for (String entry : path.split(File.pathSeparator)) {
                if (!entry.isEmpty() && !new File(entry).getName().startsWith("feel-engine-")) {
                    urls.add(new File(entry).toURI().toURL());
                }
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new URLClassLoader("feel-" + feel.version(), urls.toArray(new URL[0]),
                ClassLoader.getPlatformClassLoader());
    }

    /**
     * Tells where the FEEL engine seen by a class comes from, to prove which version runs.
     *
     * @param c  a class of the isolated loader
     * @return the code source of {@code org.camunda.feel.FeelEngine} as that loader sees it
     */
    static String feelSource(Class<?> c) {
        try {
            CodeSource source = Class.forName("org.camunda.feel.FeelEngine", false, c.getClassLoader())
                    .getProtectionDomain().getCodeSource();
            return source == null ? "unknown FEEL" : new File(source.getLocation().getPath()).getName();
        } catch (ClassNotFoundException e) {
            return "no FEEL";
        }
    }
}
