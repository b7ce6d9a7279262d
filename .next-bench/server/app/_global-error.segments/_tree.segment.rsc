1:[["children",{"s":"__PAGE__","h":176}]]
0:{"b":"MQFv-Tx-8WGzwQWOEgn5N","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
