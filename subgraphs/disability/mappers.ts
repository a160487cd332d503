/** A Person as this subgraph passes it between resolvers: just the normalised key. */
export interface PersonParent {
  idNumber: string;
}
