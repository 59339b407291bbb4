package caravan.opportunities;

/**
 * The opportunities of one sector of data/sectors/sectors.csv, summed: how many products, their
 * untapped potential (null without an import side), A's world exports of them, and their mean
 * density (how close the sector's products are to what A exports).
 */
public record SectorRollup(
    String sector, int products, Double untapped, double aWorldExports, Double meanDensity) {}
