/**
 * The economy: co-ops producing goods under one of five ownership regimes, effort as a behavioural
 * choice with monitoring and graduated sanctions, distribution by need, equal shares, contribution or
 * wage, consumption and shortfall, the common stock, and a renewable commons.
 */
package org.pnyx.economy;
