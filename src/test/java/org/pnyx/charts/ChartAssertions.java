package org.pnyx.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Checks on written chart files: image size, series colours present, SVG well-formed. */
final class ChartAssertions {

    private ChartAssertions() {
    }

    static BufferedImage readPng(Path png) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img != null, png + " is not a readable PNG");
        return img;
    }

    static void assertSize(Path png, int width, int height) throws IOException {
        BufferedImage img = readPng(png);
        assertEquals(width, img.getWidth(), png + " width");
        assertEquals(height, img.getHeight(), png + " height");
    }

    /** Pixels exactly of the colour: lines thicker than a pixel have a core of pure colour. */
    static int pixelsOf(BufferedImage img, Color c) {
        int rgb = c.getRGB() & 0xFFFFFF;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    static void assertShowsColour(Path png, Color c, String what) throws IOException {
        int n = pixelsOf(readPng(png), c);
        assertTrue(n >= 100, png.getFileName() + " should show " + what + " in "
                + String.format("#%06x", c.getRGB() & 0xFFFFFF) + ", but has only " + n + " such pixels");
    }

    /** Parses with the JDK parser, refusing DTDs and external entities (no network). */
    static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(file.toFile());
    }
}
