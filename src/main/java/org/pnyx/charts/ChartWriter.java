package org.pnyx.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes figures as PNG (through {@link ChartUtils}) and SVG (through JFreeSVG). Each file
 * is written to a {@code .part} file beside it and then moved into place atomically, so a
 * reader never sees half a chart. The same figure gives byte-identical files.
 */
public final class ChartWriter {

    private ChartWriter() {
    }

    /** Writes {@code <name>.png} and {@code <name>.svg} into {@code dir} (created if needed); returns both paths. */
    public static List<Path> write(Figure figure, Path dir, ChartOptions opts) throws IOException {
        // Chart names carry metric and parameter names read from data files: they must stay file names in dir.
        String name = figure.name();
        if (name.isEmpty() || name.length() > 200 || name.startsWith(".") || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("chart name '" + org.pnyx.io.SafeNames.printable(name)
                    + "' (from a metric or parameter name in the data files) is not allowed; allowed: letters, "
                    + "digits, '.', '_' and '-', not starting with '.'");
        }
        Files.createDirectories(dir);
        Path png = dir.resolve(figure.name() + ".png");
        Path svg = dir.resolve(figure.name() + ".svg");
        byte[] pngBytes = png(figure, opts);
        writeAtomically(png, pngBytes);
        writeAtomically(svg, svg(figure, opts).getBytes(StandardCharsets.UTF_8));
        return List.of(png, svg);
    }

    /** The figure as PNG bytes. */
    public static byte[] png(Figure figure, ChartOptions opts) throws IOException {
        BufferedImage image = new BufferedImage(opts.width(), opts.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setPaint(Color.WHITE);
            g2.fillRect(0, 0, opts.width(), opts.height());
            figure.draw(g2, new Rectangle2D.Double(0, 0, opts.width(), opts.height()));
        } finally {
            g2.dispose();
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ChartUtils.writeBufferedImageAsPNG(out, image);
        return out.toByteArray();
    }

    /**
     * The figure as a standalone SVG document, with the title as its {@code <title>}.
     * No DOCTYPE: a reader need not fetch a DTD.
     */
    public static String svg(Figure figure, ChartOptions opts) {
        SVGGraphics2D g2 = new SVGGraphics2D(opts.width(), opts.height());
        // The default prefix holds the clock time; a fixed one keeps files reproducible.
        g2.setDefsKeyPrefix("pnyx-" + figure.name() + "-");
        // Hundredths of a pixel are plenty and keep the files a third of the size.
        g2.setGeomDoubleConverter(ChartWriter::hundredths);
        g2.setPaint(Color.WHITE);
        g2.fillRect(0, 0, opts.width(), opts.height());
        figure.draw(g2, new Rectangle2D.Double(0, 0, opts.width(), opts.height()));
        String element = g2.getSVGElement();
        int open = element.indexOf('>');
        String titled = element.substring(0, open + 1) + "<title>" + Html.escape(figure.title()) + "</title>"
                + element.substring(open + 1);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + titled + "\n";
    }

    private static String hundredths(double d) {
        double r = Math.round(d * 100) / 100.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    /**
     * Removes the PNG and SVG files of {@code dir} that this drawing did not write: images of an earlier drawing
     * (more pages, a chart family the options now leave out) would otherwise sit beside the new ones as if current.
     * Only {@code .png} and {@code .svg} files directly in {@code dir} are touched.
     */
    public static void removeStale(Path dir, List<Path> written) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        java.util.Set<Path> keep = new java.util.HashSet<>();
        written.forEach(p -> keep.add(p.toAbsolutePath().normalize()));
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if ((n.endsWith(".png") || n.endsWith(".svg")) && Files.isRegularFile(f)
                        && !keep.contains(f.toAbsolutePath().normalize())) {
                    Files.delete(f);
                }
            }
        }
    }

    /** Writes bytes to a sibling {@code .part} file and moves it over the target atomically. */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(bytes);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
