package org.pnyx.cli;
public final class Pnyx { public static void main(String[] a) { System.out.println(sim.engine.SimState.class + " " + org.jfree.chart.JFreeChart.class); } }
